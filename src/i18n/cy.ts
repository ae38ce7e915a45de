import { en, type Messages } from './en';

// Placeholder until the Welsh catalogue is written (issue 5): English text.
export const cy: Messages = { ...en };
