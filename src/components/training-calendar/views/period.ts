/**
 * The shown period in the current view, plus, while printing, the list of its events under the grid or
 * the week table.
 */
import { nothing } from 'lit';
import { addDays, addMonths, type Day } from '../../../shared/dates.js';
import type { EventIndex } from '../event-index.js';
import { monthStart, type CalendarView } from '../grid.js';
import type { ViewContext } from './common.js';
import { renderList, renderPrintList } from './list.js';
import { renderMonth } from './month.js';
import { renderWeek } from './week.js';

export interface PeriodOptions {
  day: Day;
  range: { from: Day; to: Day };
  maxEvents: number;
  pageSize: number;
  /** Events shown so far in the list ("Xem thêm" raises it). */
  listLimit?: number;
  setListLimit: (limit: number) => void;
  printing: boolean;
}

export function renderPeriod(ctx: ViewContext, view: CalendarView, index: EventIndex, o: PeriodOptions): unknown {
  const body =
    view === 'month'
      ? renderMonth(ctx, index, o.day, o.maxEvents)
      : view === 'week'
        ? renderWeek(ctx, index, o.range.from)
        : renderList(
            ctx,
            index,
            o.range.from,
            o.range.to,
            o.listLimit ?? Math.max(1, o.pageSize),
            o.pageSize,
            o.setListLimit,
          );
  if (!o.printing || view === 'list') return [body, nothing];
  // Printed under the grid: the whole month (not the grid's outside days); under the week table: the week.
  const { from, to } =
    view === 'month' ? { from: monthStart(o.day), to: addDays(addMonths(monthStart(o.day), 1), -1) } : o.range;
  return [body, renderPrintList(ctx, index, from, to)];
}
