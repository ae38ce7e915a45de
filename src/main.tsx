import 'leaflet/dist/leaflet.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterNextPaint } from './map/idleWork';
import { App } from './ui/App';
import { keepShellOutline } from './ui/shellOutline';

keepShellOutline();

// The app's first render waits for the page's first paint (index.html's
// shell, the land's outline), so that paint never waits for the script's work.
afterNextPaint(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
