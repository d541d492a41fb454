import { render } from 'preact';
import { LiveSync } from '../../components/live-sync';
import { App } from './app';
import '../../components/theme.css';
import './sidepanel.css';

render(
  <LiveSync>
    <App />
  </LiveSync>,
  document.getElementById('app')!,
);
