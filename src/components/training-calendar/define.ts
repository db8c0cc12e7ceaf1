import { PwTrainingCalendar } from './training-calendar.js';

PwTrainingCalendar.define('pw-training-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'pw-training-calendar': PwTrainingCalendar;
  }
}

export { PwTrainingCalendar };
