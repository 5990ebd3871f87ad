import { AuthProvider, initI18n } from '@synergia/ui';
import '@synergia/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import './continental.css';
import { continentalMessages } from './i18n/messages.ts';

// The active language's messages arrive before the first render, so no key shows untranslated.
await initI18n(continentalMessages);

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <BrowserRouter basename="/continental">
      <AuthProvider>
        <App />
      </AuthProvider>
    </BrowserRouter>
  </StrictMode>,
);
