import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { Provider } from 'urql';
import { client } from './lib/client';
import { I18nProvider } from './i18n/i18n';
import { App } from './App';
import { prefetchRouteData } from './lib/routeData';
import { SessionProvider } from './lib/auth';

prefetchRouteData(client, window.location);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <Provider value={client}>
        <BrowserRouter>
          <SessionProvider>
            <App />
          </SessionProvider>
        </BrowserRouter>
      </Provider>
    </I18nProvider>
  </StrictMode>,
);
