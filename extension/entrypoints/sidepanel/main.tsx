import { render } from 'preact';
import { LiveSync } from '../../components/live-sync';
import { App } from './app';
import '../../components/theme.css';
import {
  registersStorage,
  storageFullStorage,
  syncAccountStorage,
  syncStatusStorage,
  tabPagesStorage,
} from '../../lib/storage';
import { preloadStorage } from '../../lib/storage-preload';
import './sidepanel.css';

// Everything the page draws, read at once from here; it is drawn as it arrives.
void preloadStorage([
  registersStorage,
  tabPagesStorage,
  syncAccountStorage,
  syncStatusStorage,
  storageFullStorage,
]);
render(
  <LiveSync>
    <App />
  </LiveSync>,
  document.getElementById('app')!,
);
