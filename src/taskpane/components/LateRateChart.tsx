/**
 * A small bar chart of late rates, drawn as inline SVG (no charting library: a dozen bars need none, and
 * the bundle stays small). Colours are Fluent tokens, so it follows Office's dark theme; screen readers get
 * the same figures as the chart's label.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { changeText, rateText, type LateRateBar } from '../late-rate-chart';
import { formatPoints } from '../progress-text';

const WIDTH = 300;
const ROW = 34;
const BAR_WIDTH = 170;

const useStyles = makeStyles({
  chart: { width: '100%', height: 'auto', display: 'block' },
  name: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
  value: { fill: tokens.colorNeutralForeground2, fontSize: '10px' },
  bar: { fill: tokens.colorBrandBackground },
  worse: { fill: tokens.colorPaletteRedForeground1, fontSize: '10px' },
  better: { fill: tokens.colorPaletteGreenForeground1, fontSize: '10px' },
});

export function LateRateChart({ bars }: { bars: readonly LateRateBar[] }) {
  const styles = useStyles();
  const top = Math.max(...bars.map((b) => b.rate));
  const label = `Tỷ lệ hồ sơ trễ hạn trên số đã giải quyết: ${bars.map((b) => `${b.name} ${rateText(b.rate)} (${changeText(b.change)})`).join('; ')}.`;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} role="img" aria-label={label}>
      {bars.map((b, i) => {
        const y = i * ROW;
        const width = Math.max(1, (b.rate / top) * BAR_WIDTH);
        const changeClass = typeof b.change !== 'number' || b.change === 0 ? styles.value : b.change > 0 ? styles.worse : styles.better;
        const mark = typeof b.change !== 'number' ? (b.change === 'unresolved' ? '—' : null) : b.change === 0 ? '=' : `${b.change > 0 ? '▲' : '▼'} ${formatPoints(Math.abs(b.change))}`;
        return (
          <g key={b.name}>
            <text className={styles.name} x={0} y={y + 12}>
              {b.name}
            </text>
            <rect className={styles.bar} x={0} y={y + 17} width={width} height={10} rx={2} />
            <text className={styles.value} x={width + 4} y={y + 26}>
              {rateText(b.rate)}
            </text>
            {mark && (
              <text className={changeClass} x={WIDTH} y={y + 26} textAnchor="end">
                {mark}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
