import { appRoot } from './data/appRoot';
import { afterFirstPaint, requestFirstViewData } from './data/firstViewRequests';

// index.html's first script, a few hundred bytes that run while the app's
// main script downloads: the first view's data is asked for once the shell
// has painted (see src/data/firstViewRequests.ts).
afterFirstPaint(() => requestFirstViewData(appRoot()));
