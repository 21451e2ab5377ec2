/**
 * Puts text on the clipboard from a click. The app grants the page no
 * permissions (shell/security.ts), so the asynchronous clipboard may be
 * refused; the older copy command, run inside the click, needs none.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'vault-copy-buffer';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
