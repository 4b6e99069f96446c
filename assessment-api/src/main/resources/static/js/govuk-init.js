// progressive enhancement only: every page works with JavaScript off
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
