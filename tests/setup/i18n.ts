import { setMessageSource } from '../../core/text/i18n';
import { catalogueSource } from '../../scripts/lib/catalogue';

export { catalogueSource };

setMessageSource(catalogueSource('en'));
