import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { ExportPage } from '../features/calendar-export/ExportPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { GroupPage } from '../features/groups/GroupPage';
import { GroupsPage } from '../features/groups/GroupsPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { NotePage } from '../features/notes/NotePage';
import { NotesLock } from '../features/notes/NotesLock';
import { NotesPage } from '../features/notes/NotesPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { PersonPage } from '../features/people/PersonPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { LockNotesShortcut } from '../features/vault/LockNotesShortcut';
import { ToastProvider } from '../ui/Toast';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { MainEventRefresh } from './main-events';
import { createQueryClient } from './query';

/** Every page of the app under the shared layout. Paths match routes.ts. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<DashboardPage />} />
        <Route path="groups" element={<GroupsPage />} />
        <Route path="groups/:groupId" element={<GroupPage />} />
        <Route path="groups/:groupId/meetings/:meetingId" element={<MeetingPage />} />
        {/* One route for every tab, so moving between tabs keeps the page (and the focus on its tab). */}
        <Route path="groups/:groupId/:tab?" element={<GroupPage />} />
        <Route path="people" element={<PeoplePage />} />
        <Route path="people/:personId" element={<PersonPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="calendar/:month" element={<CalendarPage />} />
        <Route path="export" element={<ExportPage />} />
        <Route path="notes" element={<NotesPage />} />
        <Route path="notes/templates" element={<NotesPage tab="templates" />} />
        <Route path="notes/:noteId" element={<NotePage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ErrorBoundary scope="app">
      <QueryClientProvider client={client}>
        <MainEventRefresh />
        <LockNotesShortcut />
        <ToastProvider>
          <HashRouter>
            <NotesLock />
            <AppRoutes />
          </HashRouter>
        </ToastProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
