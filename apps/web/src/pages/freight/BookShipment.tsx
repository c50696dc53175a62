import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/States.tsx';

export default function BookShipment() {
  const { t } = useTranslation();
  return <PageHeader title={t('freight.nav.section')} />;
}
