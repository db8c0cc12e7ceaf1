/**
 * The week table ("Lịch công tác"): a day per row group, morning and afternoon rows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { addDays, formatLongDay, type Day } from '../../../shared/dates.js';
import { eventsOn, sessionOn, type CalendarEvent, type EventIndex, type Session } from '../event-index.js';
import { sessionLabel } from '../labels.js';
import { eventButton, langOf, type ViewContext } from './common.js';

export function renderWeek(ctx: ViewContext, index: EventIndex, from: Day): TemplateResult {
  const { locale, pass, today: now } = ctx;
  const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  const cols = {
    day: msg('Ngày', { id: 'training-calendar.col-day' }),
    session: msg('Buổi', { id: 'training-calendar.col-session' }),
    content: msg('Nội dung', { id: 'training-calendar.col-content' }),
    place: msg('Địa điểm', { id: 'training-calendar.col-place' }),
    who: msg('Chủ trì / Thành phần', { id: 'training-calendar.col-who' }),
  };
  return html`<table part="week" class="week" aria-labelledby="heading">
    <thead><tr>
      <th scope="col">${cols.day}</th><th scope="col">${cols.session}</th><th scope="col">${cols.content}</th>
      <th scope="col">${cols.place}</th><th scope="col">${cols.who}</th>
    </tr></thead>
    <tbody>
      ${days.map((day) => {
        const events = eventsOn(index, day, pass);
        const am = events.filter((ev) => sessionOn(ev, day) !== 'afternoon');
        const pm = events.filter((ev) => sessionOn(ev, day) === 'afternoon');
        const rows: [Session, CalendarEvent[]][] = [
          ['morning', am],
          ['afternoon', pm],
        ];
        const dayRows = Math.max(1, am.length) + Math.max(1, pm.length);
        const isToday = day === now;
        return rows.map(([s, list], si) => {
          const cells = list.length ? list : [undefined];
          return cells.map(
            (ev, i) => html`<tr class=${isToday ? 'is-today' : ''}>
            ${
              si === 0 && i === 0
                ? html`<th scope="rowgroup" rowspan=${dayRows} part=${isToday ? 'day today' : 'day'} class="week-day"
                  aria-current=${isToday ? 'date' : nothing}>${formatLongDay(day, locale)}
                  ${ctx.lunar ? html`<span class="lunar-line">${ctx.lunar.fullLunar(day)}</span>` : nothing}</th>`
                : nothing
            }
            ${i === 0 ? html`<th scope="rowgroup" rowspan=${cells.length} class="week-session">${sessionLabel(s)}</th>` : nothing}
            ${
              ev
                ? html`<td>${eventButton(ctx, ev, day)}</td>
                  <td lang=${langOf(ctx, ev)}>${[ev.event.location?.name, ev.event.location?.address].filter(Boolean).join(', ')}</td>
                  <td lang=${langOf(ctx, ev)}>${[ev.event.organizer?.name, ev.event.audience].filter(Boolean).join(' / ')}</td>`
                : html`<td class="none" colspan="3"><span class="visually-hidden">${msg('Không có sự kiện', { id: 'training-calendar.no-events' })}</span></td>`
            }
          </tr>`,
          );
        });
      })}
    </tbody>
  </table>`;
}
