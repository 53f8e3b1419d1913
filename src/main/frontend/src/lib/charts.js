// Chart.js, with only the parts the views use.
import {
  Chart, BarController, BarElement, CategoryScale, LinearScale, ScatterController, PointElement,
  Tooltip, Legend,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, ScatterController, PointElement,
  Tooltip, Legend);
Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim()
  || 'system-ui, sans-serif';
Chart.defaults.animation = false;

export { Chart };

export const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2',
  '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173'];
