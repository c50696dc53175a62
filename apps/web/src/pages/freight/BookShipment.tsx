import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  type CheckResult,
  checkContainerNumber,
  checkHazardClass,
  checkHsCode,
  checkUnNumber,
  normaliseContainerNumber,
} from '../../../../../packages/freight/src/shipments/cargo-validation.ts';
import { cargoKinds, cargoUnits, freightLimits } from '../../../../../packages/freight/src/vocabulary.ts';
import { isApiError } from '../../api/client.ts';
import { useAuth } from '../../auth/auth.tsx';
import {
  EmptyState,
  ErrorAlert,
  ErrorState,
  ListSkeleton,
  PageHeader,
  SectionTitle,
} from '../../components/States.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { EstimateBadge, IndicativeBadge, NodeName } from './freightShared.tsx';
import {
  type BookingBody,
  type PlannedRoute,
  type PlanQuestion,
  useBookShipment,
  useCarrierAccounts,
  usePlannedRoutes,
} from './shipmentApi.ts';
import './shipments.css';

interface PartyDraft {
  name: string;
  address: string;
  countryCode: string;
  contact: string;
}
interface GoodsDraft {
  hsCode: string;
  description: string;
  grossKg: number | string;
  packages: number | string;
  packageKind: string;
}

const emptyParty = (): PartyDraft => ({ name: '', address: '', countryCode: '', contact: '' });
const emptyGoods = (): GoodsDraft => ({ hsCode: '', description: '', grossKg: '', packages: '', packageKind: '' });

/**
 * The plan's question from the URL, with the planner's parameter names (`from`, `to`, `unit`, `quantity`, `kind`,
 * `includeScenarios`), plus `route`: the id of the route picked.
 */
function questionFrom(params: URLSearchParams): PlanQuestion | null {
  const from = params.get('from');
  const to = params.get('to');
  const unit = params.get('unit') ?? 'teu';
  const kind = params.get('kind') ?? 'general';
  const quantity = Number(params.get('quantity') ?? '1');
  if (
    !from ||
    !to ||
    !(cargoUnits as readonly string[]).includes(unit) ||
    !(cargoKinds as readonly string[]).includes(kind)
  ) {
    return null;
  }
  if (!Number.isFinite(quantity) || quantity <= 0) return null;
  return {
    from,
    to,
    unit: unit as PlanQuestion['unit'],
    quantity,
    kind: kind as PlanQuestion['kind'],
    includeScenarios: params.get('includeScenarios') === 'true',
  };
}

/** Tomorrow at 08:00 in the browser's time zone, as `datetime-local` expects it. */
function defaultDeparture(): string {
  const date = new Date(Date.now() + 86_400_000);
  date.setHours(8, 0, 0, 0);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T08:00`;
}

/** Books a route picked on the plan page: the route is planned again and shown, then parties, goods and carriers. */
export default function BookShipment() {
  const { t } = useTranslation();
  useDocumentTitle(t('frShipments.book.title'));
  const [params] = useSearchParams();
  const question = useMemo(() => questionFrom(params), [params]);
  const routeId = params.get('route');
  const routes = usePlannedRoutes(question);

  if (!question || !routeId) {
    return (
      <Stack gap="md">
        <PageHeader title={t('frShipments.book.title')} />
        <EmptyState
          title={t('frShipments.book.noPlan')}
          action={
            <Button component={Link} to="/freight/plan">
              {t('frShipments.book.toPlan')}
            </Button>
          }
        >
          {t('frShipments.book.noPlanBody')}
        </EmptyState>
      </Stack>
    );
  }
  const route = routes.data?.find((candidate) => candidate.id === routeId);
  return (
    <Stack gap="lg">
      <PageHeader title={t('frShipments.book.title')} intro={t('frShipments.book.intro')} />
      {routes.isPending ? (
        <ListSkeleton rows={2} />
      ) : routes.isError ? (
        <ErrorState error={routes.error} onRetry={() => void routes.refetch()} />
      ) : !route ? (
        <Alert color="amber" title={t('frShipments.book.staleTitle')}>
          {t('frShipments.book.staleBody')}{' '}
          <Anchor component={Link} to={`/freight/plan?${params.toString()}`}>
            {t('frShipments.book.toPlan')}
          </Anchor>
        </Alert>
      ) : route.scenario ? (
        <Alert color="amber" title={t('frShipments.book.scenarioTitle')}>
          {t('frShipments.book.scenarioBody')}
        </Alert>
      ) : (
        <>
          <RouteSummary route={route} question={question} />
          <BookingForm route={route} question={question} />
        </>
      )}
    </Stack>
  );
}

function RouteSummary({ route, question }: { route: PlannedRoute; question: PlanQuestion }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Text fw={600}>
          <NodeName id={question.from} /> → <NodeName id={question.to} />
        </Text>
        <Group gap="md" wrap="wrap">
          <Text size="sm">
            {t('freight.units.days', { value: formatNumber(Math.round((route.totals.hours / 24) * 10) / 10, lang) })}
          </Text>
          <Group gap={4}>
            <Text size="sm">
              {t('freight.units.km', { value: formatNumber(Math.round(route.totals.distanceKm), lang) })}
            </Text>
            {route.estimatedDistanceShare > 0 ? <EstimateBadge /> : null}
          </Group>
          <Group gap={4}>
            <Text size="sm">
              {t('freight.units.usd', { value: formatNumber(Math.round(route.totals.costUsd), lang) })}
            </Text>
            <IndicativeBadge />
          </Group>
          <Text size="sm">
            {t('frShipments.detail.emissionsValue', {
              wtw: formatNumber(Math.round(route.totals.co2eWtwKg), lang),
              ttw: formatNumber(Math.round(route.totals.co2eTtwKg), lang),
            })}
          </Text>
        </Group>
        <Stack gap={2} component="ol" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
          {route.legs.map((leg) => (
            <li key={leg.sequence}>
              <Text size="sm">
                {t(`freight.vocab.mode.${leg.mode}`)}: <NodeName id={leg.fromNodeId} /> → <NodeName id={leg.toNodeId} />{' '}
                ({leg.documentKinds.map((kind) => t(`freight.vocab.documentKind.${kind}`)).join(', ')})
              </Text>
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

function PartyFields({
  legend,
  value,
  onChange,
  required,
}: {
  legend: string;
  value: PartyDraft;
  onChange: (next: PartyDraft) => void;
  required: boolean;
}) {
  const { t } = useTranslation();
  const set = (key: keyof PartyDraft) => (event: { currentTarget: { value: string } }) =>
    onChange({ ...value, [key]: event.currentTarget.value });
  const countryError =
    value.countryCode && !/^[A-Za-z]{2}$/.test(value.countryCode.trim())
      ? t('frShipments.book.countryHint')
      : undefined;
  return (
    <fieldset className="freight-fieldset">
      <legend>{legend}</legend>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('frShipments.party.name')}
          value={value.name}
          onChange={set('name')}
          required={required}
          maxLength={200}
        />
        <TextInput
          label={t('frShipments.party.countryCode')}
          description={t('frShipments.book.countryHint')}
          value={value.countryCode}
          onChange={(event) => onChange({ ...value, countryCode: event.currentTarget.value.toUpperCase() })}
          required={required}
          maxLength={2}
          error={countryError}
        />
        <TextInput
          label={t('frShipments.party.address')}
          value={value.address}
          onChange={set('address')}
          required={required}
          maxLength={500}
        />
        <TextInput
          label={t('frShipments.party.contact')}
          value={value.contact}
          onChange={set('contact')}
          maxLength={200}
        />
      </SimpleGrid>
    </fieldset>
  );
}

const partyBody = (party: PartyDraft) => ({
  name: party.name.trim(),
  address: party.address.trim(),
  countryCode: party.countryCode.trim().toUpperCase(),
  contact: party.contact.trim() || null,
});

function BookingForm({ route, question }: { route: PlannedRoute; question: PlanQuestion }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hasRole } = useAuth();
  const carriers = useCarrierAccounts();
  const book = useBookShipment();
  const [departure, setDeparture] = useState(defaultDeparture);
  const [shipper, setShipper] = useState(emptyParty);
  const [consignee, setConsignee] = useState(emptyParty);
  const [withForwarder, setWithForwarder] = useState(false);
  const [forwarder, setForwarder] = useState(emptyParty);
  const [withNotify, setWithNotify] = useState(false);
  const [notifyParty, setNotifyParty] = useState(emptyParty);
  const [shipperEmail, setShipperEmail] = useState('');
  const [grossTonnes, setGrossTonnes] = useState<number | string>('');
  const [unNumber, setUnNumber] = useState('');
  const [hazardClass, setHazardClass] = useState('');
  const [temperatureC, setTemperatureC] = useState<number | string>('');
  const [marks, setMarks] = useState('');
  const [instructions, setInstructions] = useState('');
  const [goods, setGoods] = useState<GoodsDraft[]>([emptyGoods()]);
  const [containerText, setContainerText] = useState('');
  const [legCarriers, setLegCarriers] = useState<Record<number, string | null>>({});

  const containers = containerText
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const containerProblems = containers.flatMap((container) => {
    const result = checkContainerNumber(container);
    if (result.ok) return [];
    const value = normaliseContainerNumber(container);
    return [
      result.reason === 'check_digit'
        ? t('frShipments.check.containerDigit', { value, given: value.slice(-1), expected: result.expected })
        : t('frShipments.check.containerShape', { value: container }),
    ];
  });
  const normalised = containers.map(normaliseContainerNumber);
  const duplicates = normalised.filter((container, index) => normalised.indexOf(container) !== index);
  if (duplicates.length > 0)
    containerProblems.push(t('frShipments.book.duplicateContainers', { list: [...new Set(duplicates)].join(', ') }));
  if (containers.length > freightLimits.maxContainers) {
    containerProblems.push(t('frShipments.book.tooManyContainers', { max: freightLimits.maxContainers }));
  }
  /** The check's failure in the reader's language, under `frShipments.check.<what>.<reason>`. */
  const check = (
    value: string,
    what: 'hsCode' | 'unNumber' | 'hazardClass',
    checker: (input: string) => CheckResult,
  ) => {
    if (!value.trim()) return undefined;
    const result = checker(value.trim());
    return result.ok ? undefined : t(`frShipments.check.${what}.${result.reason}`, { value: value.trim() });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: BookingBody = {
      plan: question,
      routeId: route.id,
      plannedDeparture: new Date(departure).toISOString(),
      parties: {
        shipper: partyBody(shipper),
        consignee: partyBody(consignee),
        forwarder: withForwarder ? partyBody(forwarder) : null,
        notifyParty: withNotify ? partyBody(notifyParty) : null,
      },
      shipperEmail: hasRole('forwarder') && shipperEmail.trim() ? shipperEmail.trim() : null,
      cargo: {
        grossTonnes: grossTonnes === '' ? null : Number(grossTonnes),
        unNumber: question.kind === 'dangerous' ? unNumber.trim() || null : null,
        hazardClass: question.kind === 'dangerous' ? hazardClass.trim() || null : null,
        temperatureC: question.kind === 'reefer' && temperatureC !== '' ? Number(temperatureC) : null,
        marks: marks.trim() || null,
        instructions: instructions.trim() || null,
      },
      goods: goods.map((line) => ({
        hsCode: line.hsCode.trim(),
        description: line.description.trim(),
        grossKg: Number(line.grossKg),
        packages: Number(line.packages),
        packageKind: line.packageKind.trim(),
      })),
      containers: normalised,
      legCarriers: route.legs.map((leg) => ({
        sequence: leg.sequence,
        carrierUserId: legCarriers[leg.sequence] ?? '',
      })),
    };
    book.mutate(body, { onSuccess: (shipment) => navigate(`/freight/shipments/${shipment.id}`) });
  };

  const carrierOptions = (carriers.data ?? []).map((carrier) => ({ value: carrier.id, label: carrier.name }));
  const serverFieldErrors = isApiError(book.error) ? book.error.fieldErrors : [];

  return (
    <form onSubmit={submit} noValidate={false}>
      <Stack gap="lg">
        <section aria-labelledby="book-departure">
          <SectionTitle>
            <span id="book-departure">{t('frShipments.book.departureSection')}</span>
          </SectionTitle>
          <TextInput
            type="datetime-local"
            label={t('frShipments.book.departure')}
            value={departure}
            onChange={(event) => setDeparture(event.currentTarget.value)}
            required
            maw={280}
          />
        </section>

        <section aria-labelledby="book-parties">
          <SectionTitle>
            <span id="book-parties">{t('frShipments.detail.parties')}</span>
          </SectionTitle>
          <Stack gap="sm">
            <PartyFields legend={t('frShipments.party.shipper')} value={shipper} onChange={setShipper} required />
            {hasRole('forwarder') ? (
              <TextInput
                type="email"
                label={t('frShipments.book.shipperEmail')}
                description={t('frShipments.book.shipperEmailHint')}
                value={shipperEmail}
                onChange={(event) => setShipperEmail(event.currentTarget.value)}
                maw={420}
              />
            ) : null}
            <PartyFields legend={t('frShipments.party.consignee')} value={consignee} onChange={setConsignee} required />
            <Checkbox
              label={t('frShipments.book.withForwarder')}
              checked={withForwarder}
              onChange={(event) => setWithForwarder(event.currentTarget.checked)}
            />
            {withForwarder ? (
              <PartyFields
                legend={t('frShipments.party.forwarder')}
                value={forwarder}
                onChange={setForwarder}
                required
              />
            ) : null}
            <Checkbox
              label={t('frShipments.book.withNotify')}
              checked={withNotify}
              onChange={(event) => setWithNotify(event.currentTarget.checked)}
            />
            {withNotify ? (
              <PartyFields
                legend={t('frShipments.party.notifyParty')}
                value={notifyParty}
                onChange={setNotifyParty}
                required
              />
            ) : null}
          </Stack>
        </section>

        <section aria-labelledby="book-cargo">
          <SectionTitle>
            <span id="book-cargo">{t('frShipments.book.cargoSection')}</span>
          </SectionTitle>
          <Text size="sm" mb="xs">
            {t(`freight.units.${question.unit}`, { value: question.quantity })},{' '}
            {t(`freight.vocab.cargoKind.${question.kind}`)}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t('frShipments.book.grossTonnes')}
              description={t('frShipments.book.grossTonnesHint')}
              value={grossTonnes}
              onChange={setGrossTonnes}
              min={0}
              max={freightLimits.maxTonnes}
              decimalScale={3}
            />
            {question.kind === 'dangerous' ? (
              <>
                <TextInput
                  label={t('frShipments.book.unNumber')}
                  placeholder="UN1203"
                  value={unNumber}
                  onChange={(event) => setUnNumber(event.currentTarget.value)}
                  required
                  error={check(unNumber, 'unNumber', checkUnNumber)}
                />
                <TextInput
                  label={t('frShipments.book.hazardClass')}
                  placeholder="3"
                  value={hazardClass}
                  onChange={(event) => setHazardClass(event.currentTarget.value)}
                  required
                  error={check(hazardClass, 'hazardClass', checkHazardClass)}
                />
              </>
            ) : null}
            {question.kind === 'reefer' ? (
              <NumberInput
                label={t('frShipments.book.temperature')}
                value={temperatureC}
                onChange={setTemperatureC}
                min={-70}
                max={40}
                required
              />
            ) : null}
            <TextInput
              label={t('frShipments.field.marksAndNumbers')}
              value={marks}
              onChange={(event) => setMarks(event.currentTarget.value)}
              maxLength={500}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('frShipments.book.instructions')}
            value={instructions}
            onChange={(event) => setInstructions(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
        </section>

        <section aria-labelledby="book-goods">
          <SectionTitle>
            <span id="book-goods">{t('frShipments.detail.goods')}</span>
          </SectionTitle>
          <Stack gap="sm">
            {goods.map((line, index) => {
              const update = (patch: Partial<GoodsDraft>) =>
                setGoods((current) =>
                  current.map((item, position) => (position === index ? { ...item, ...patch } : item)),
                );
              return (
                // Goods lines have no ids until booked; the position is the identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <fieldset key={index} className="freight-fieldset">
                  <legend>{t('frShipments.book.goodsLine', { number: index + 1 })}</legend>
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                    <TextInput
                      label={t('frShipments.goods.hsCode')}
                      placeholder="847130"
                      value={line.hsCode}
                      onChange={(event) => update({ hsCode: event.currentTarget.value })}
                      required
                      error={check(line.hsCode, 'hsCode', checkHsCode)}
                    />
                    <TextInput
                      label={t('frShipments.goods.description')}
                      value={line.description}
                      onChange={(event) => update({ description: event.currentTarget.value })}
                      required
                      maxLength={500}
                    />
                    <NumberInput
                      label={t('frShipments.goods.grossKg')}
                      value={line.grossKg}
                      onChange={(value) => update({ grossKg: value })}
                      min={0}
                      required
                    />
                    <NumberInput
                      label={t('frShipments.goods.packages')}
                      value={line.packages}
                      onChange={(value) => update({ packages: value })}
                      min={1}
                      allowDecimal={false}
                      required
                    />
                    <TextInput
                      label={t('frShipments.goods.packageKind')}
                      value={line.packageKind}
                      onChange={(event) => update({ packageKind: event.currentTarget.value })}
                      required
                      maxLength={100}
                    />
                  </SimpleGrid>
                  {goods.length > 1 ? (
                    <Button
                      mt="xs"
                      variant="subtle"
                      color="red"
                      size="xs"
                      leftSection={<IconTrash size={14} aria-hidden />}
                      onClick={() => setGoods((current) => current.filter((_, position) => position !== index))}
                    >
                      {t('frShipments.book.removeLine', { number: index + 1 })}
                    </Button>
                  ) : null}
                </fieldset>
              );
            })}
            {goods.length < freightLimits.maxGoodsLines ? (
              <Group>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => setGoods((current) => [...current, emptyGoods()])}
                >
                  {t('frShipments.book.addLine')}
                </Button>
              </Group>
            ) : null}
            <Textarea
              label={t('frShipments.book.containers')}
              description={t('frShipments.book.containersHint')}
              placeholder={'CSQU3054383\nMSCU6639870'}
              value={containerText}
              onChange={(event) => setContainerText(event.currentTarget.value)}
              autosize
              minRows={2}
              error={containerProblems.length > 0 ? containerProblems.join(' ') : undefined}
            />
          </Stack>
        </section>

        <section aria-labelledby="book-carriers">
          <SectionTitle>
            <span id="book-carriers">{t('frShipments.book.carriersSection')}</span>
          </SectionTitle>
          {carriers.isError ? <ErrorAlert error={carriers.error} /> : null}
          {carriers.data && carriers.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('frShipments.book.noCarriers')}
            </Text>
          ) : null}
          <Stack gap="sm">
            {route.legs.map((leg) => (
              <Select
                key={leg.sequence}
                label={
                  <>
                    {t('frShipments.book.carrierFor', {
                      sequence: leg.sequence,
                      mode: t(`freight.vocab.mode.${leg.mode}`),
                    })}{' '}
                    <NodeName id={leg.fromNodeId} /> → <NodeName id={leg.toNodeId} />
                  </>
                }
                data={carrierOptions}
                value={legCarriers[leg.sequence] ?? null}
                onChange={(value) => setLegCarriers((current) => ({ ...current, [leg.sequence]: value }))}
                searchable
                required
                maw={480}
              />
            ))}
          </Stack>
        </section>

        {book.isError ? (
          <Stack gap={4}>
            <ErrorAlert error={book.error} />
            {serverFieldErrors.length > 0 ? (
              <Stack gap={2} component="ul" style={{ margin: 0 }}>
                {serverFieldErrors.map((error) => (
                  <Text key={`${error.path}-${error.message}`} component="li" size="sm" c="red.8">
                    {error.path}: {error.message}
                  </Text>
                ))}
              </Stack>
            ) : null}
          </Stack>
        ) : null}
        <Group>
          <Button type="submit" loading={book.isPending} disabled={containerProblems.length > 0}>
            {t('frShipments.book.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
