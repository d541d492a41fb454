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

// Everything the first frame shows, read at once; the first render draws it.
const preloaded = preloadStorage([
  registersStorage,
  tabPagesStorage,
  syncAccountStorage,
  syncStatusStorage,
  storageFullStorage,
]);
void preloaded.finally(() => {
  render(
    <LiveSync>
      <App />
    </LiveSync>,
    document.getElementById('app')!,
  );
});
