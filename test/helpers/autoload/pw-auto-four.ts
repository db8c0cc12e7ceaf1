import { defineOnce } from './shared.js';

defineOnce('pw-auto-four');
