import { useId, useState } from 'react';
import { useT } from '../i18n/useT';

export interface Bar {
  label: string;
  /** null: not published (anonymised figures); drawn as no bar, with its text. */
  value: number | null;
  /** What is written at the bar's end and in the table: the number, « < 5 », « masqué »… */
  text: string;
}

const BAR = 22;
const GAP = 8;
const LABEL_WIDTH = 270;
const PLOT_WIDTH = 320;
/** Room after the longest bar for its text (« au moins 120 »). */
const TEXT_ROOM = 120;
const COLUMN = 72;
const PLOT_HEIGHT = 160;

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A bar chart in plain SVG (README.md, _Charts_): one dark colour on white, every value written at its
 * bar, so nothing is told by colour alone; the same figures as a table one button away, and in print.
 * `columns` for time (months left to right), `rows` for categories (longest labels).
 */
export function BarChart({
  title,
  unit,
  bars,
  layout,
}: {
  title: string;
  /** What the bars count (« Dossiers »): the table's value column. */
  unit: string;
  bars: readonly Bar[];
  layout: 'rows' | 'columns';
}) {
  const { t } = useT();
  const id = useId();
  const [table, setTable] = useState(false);
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  return (
    <figure className="stat-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {layout === 'rows' ? (
        <Rows bars={bars} max={max} titleId={`${id}-title`} />
      ) : (
        <Columns bars={bars} max={max} titleId={`${id}-title`} />
      )}
      <button
        type="button"
        className="secondary stat-table-toggle"
        aria-expanded={table}
        aria-controls={`${id}-table`}
        onClick={() => setTable((v) => !v)}
      >
        {table ? t('statistics.chart.hideTable') : t('statistics.chart.showTable')}
      </button>
      <table id={`${id}-table`} className={`stat-table${table ? '' : ' stat-print-only'}`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statistics.table.value')}</th>
            <th scope="col" className="stat-number">
              {unit}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b, i) => (
            <tr key={i}>
              <th scope="row">{b.label}</th>
              <td className="stat-number">{b.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

// A suppressed cell (null) draws nothing; a non-zero count keeps at least 2 px so that it stays visible.
function barLength(value: number | null, max: number, room: number): number {
  return value === null ? 0 : Math.max(value > 0 ? 2 : 0, (value / max) * room);
}

function Rows({ bars, max, titleId }: { bars: readonly Bar[]; max: number; titleId: string }) {
  const { t } = useT();
  const height = bars.length * (BAR + GAP) + GAP;
  const width = LABEL_WIDTH + PLOT_WIDTH + TEXT_ROOM;
  return (
    <svg
      className="stat-svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={titleId}
    >
      {bars.map((b, i) => {
        const y = GAP + i * (BAR + GAP);
        const w = barLength(b.value, max, PLOT_WIDTH);
        return (
          <g key={i}>
            <title>{t('statistics.chart.bar', { label: b.label, value: b.text })}</title>
            <text
              x={LABEL_WIDTH - 8}
              y={y + BAR / 2}
              textAnchor="end"
              dominantBaseline="middle"
              className="stat-label"
            >
              {short(b.label, 32)}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={w} height={BAR} className="stat-bar" />
            <text x={LABEL_WIDTH + w + 6} y={y + BAR / 2} dominantBaseline="middle" className="stat-value">
              {b.text}
            </text>
          </g>
        );
      })}
      <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} className="stat-axis" />
    </svg>
  );
}

function Columns({ bars, max, titleId }: { bars: readonly Bar[]; max: number; titleId: string }) {
  const { t } = useT();
  const width = Math.max(320, bars.length * COLUMN + 20);
  const height = PLOT_HEIGHT + 50;
  const base = PLOT_HEIGHT + 18;
  return (
    <svg
      className="stat-svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={titleId}
    >
      {bars.map((b, i) => {
        const x = 10 + i * COLUMN;
        const h = barLength(b.value, max, PLOT_HEIGHT);
        return (
          <g key={i}>
            <title>{t('statistics.chart.bar', { label: b.label, value: b.text })}</title>
            <rect x={x + 6} y={base - h} width={COLUMN - 12} height={h} className="stat-bar" />
            <text x={x + COLUMN / 2} y={base - h - 5} textAnchor="middle" className="stat-value">
              {b.text}
            </text>
            <text x={x + COLUMN / 2} y={base + 16} textAnchor="middle" className="stat-label">
              {b.label}
            </text>
          </g>
        );
      })}
      <line x1={10} x2={width - 10} y1={base} y2={base} className="stat-axis" />
    </svg>
  );
}
