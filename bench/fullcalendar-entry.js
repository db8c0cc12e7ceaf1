/**
 * The FullCalendar reference for the benchmark (issue 8): FullCalendar 7.1
 * with month and list views, the classic theme and the Vietnamese locale,
 * bundled like a site would (bench/run.mjs builds it with Vite).
 */
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
import viLocale from 'fullcalendar/locales/vi';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';

/**
 * Renders `feedUrl` (our JSON Feed, the same file the widget reads) in a month
 * view. Event mapping is the minimum FullCalendar needs.
 */
window.renderFullCalendar = (el, feedUrl, month) => {
  const calendar = new Calendar(el, {
    plugins: [dayGridPlugin, listPlugin, classicThemePlugin],
    locale: viLocale,
    initialView: 'dayGridMonth',
    initialDate: `${month}-01`,
    // Our calendar shows 3 events per day and a "+N" button; ask the same of FullCalendar.
    dayMaxEvents: 3,
    // A stable hook for the benchmark to see rendered events (v7 class names are generated).
    eventClass: 'bench-event',
    events: (_info, success, failure) => {
      fetch(feedUrl)
        .then((r) => r.json())
        .then((feed) =>
          success(
            feed.items
              .filter((i) => i._pw && i._pw.event)
              .map((i) => ({
                id: i.id,
                title: i.title,
                start: i._pw.event.start,
                end: i._pw.event.end,
                allDay: !!i._pw.event.all_day,
              })),
          ),
        )
        .catch(failure);
    },
  });
  calendar.render();
  return calendar;
};
