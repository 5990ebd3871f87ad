import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '@synergia/ui';
import '@synergia/ui/styles.css';
import { App } from './App.tsx';
import { nationalMessages } from './i18n/messages.ts';

// The active language's messages arrive before the first render, so no key shows untranslated.
await initI18n(nationalMessages);

const root = document.getElementById('root');
if (!root) throw new Error('No #root element in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
