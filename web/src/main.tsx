// Entry point of the staff web app: providers (language, router under /app, live regions, session) and routes.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App.tsx';
import { AuthProvider } from './auth.tsx';
import { AnnouncerProvider } from './components/Announcer.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <BrowserRouter basename="/app">
        <AnnouncerProvider>
          <AuthProvider>
            <App />
          </AuthProvider>
        </AnnouncerProvider>
      </BrowserRouter>
    </I18nProvider>
  </StrictMode>,
);
