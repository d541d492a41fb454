import { render } from 'preact';
import '../../components/theme.css';
import { registersStorage } from '../../lib/storage';
import { preloadStorage } from '../../lib/storage-preload';
import { StatsView } from './stats-view';
import './stats.css';

// Read once for the page, not once per hook that uses them (storage-preload.ts).
void preloadStorage([registersStorage]);
render(<StatsView />, document.getElementById('app')!);
