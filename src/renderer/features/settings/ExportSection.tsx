import { FileDown } from 'lucide-react';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { FormError } from '../../ui/FormError';
import { useToast } from '../../ui/useToast';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** No lock-in: every record as one documented JSON file, saved where the coach chooses. */
export function ExportSection() {
  const toast = useToast();
  const exportData = useApiMutation('data.export', {
    onSuccess: (result) => {
      if (!result.saved) return; // the coach closed the save dialog
      toast({
        title: 'Export saved',
        description: `${plural(result.people, 'person', 'people')} and ${plural(result.groups, 'group', 'groups')} were saved to ${result.path}.`,
        tone: 'success',
      });
    },
  });
  return (
    <Card
      title="Export your data"
      description="Every person, group, membership, goal and norm in one JSON file, to keep or to take to another tool. The file format is documented, so your records never depend on Circlekeeper."
      actions={
        <Button size="sm" variant="secondary" onClick={() => exportData.mutate({})} disabled={exportData.isPending}>
          <FileDown size={14} aria-hidden="true" />
          {exportData.isPending ? 'Exporting…' : 'Export all data…'}
        </Button>
      }
    >
      <p className="muted">
        The file holds names and email addresses: keep it somewhere private. It lists your notes’ dates and links, never their titles or text.
      </p>
      <FormError message={exportData.error?.message} />
    </Card>
  );
}
