import { render } from 'preact';
import '../../components/theme.css';
import { StatsView } from './stats-view';
import './stats.css';

render(<StatsView />, document.getElementById('app')!);
