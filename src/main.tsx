import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { initI18n } from './lib/i18n/i18n.ts';
import { createQueryClient } from './lib/query-client.ts';
import { ViewStoreProvider } from './lib/view/view-store.tsx';
import './styles/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

initI18n();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <ViewStoreProvider>
        <App />
      </ViewStoreProvider>
    </QueryClientProvider>
  </StrictMode>,
);
