import {
  Anchor,
  AppShell,
  Avatar,
  Box,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArrowsDiff,
  IconBell,
  IconBellRinging,
  IconBook2,
  IconBriefcase,
  IconBuildingCommunity,
  IconBuildingFactory2,
  IconCalendarEvent,
  IconCalendarUser,
  IconChecklist,
  IconChevronDown,
  IconClockHour4,
  IconCoins,
  IconCurrencyDollar,
  IconDiscount2,
  IconFileImport,
  IconFilePlus,
  IconFileSearch,
  IconFiles,
  IconFileText,
  IconHeartHandshake,
  IconLanguage,
  IconLayoutDashboard,
  IconListDetails,
  IconLogin,
  IconLogout,
  IconMessages,
  IconPackages,
  IconReportAnalytics,
  IconRocket,
  IconRoute,
  IconSearch,
  IconShieldCheck,
  IconSignature,
  IconTopologyStar3,
  IconTrain,
  IconTruckDelivery,
  IconUsersGroup,
  IconWorld,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router';
import type { Language } from '../api/types.ts';
import { useAuth } from '../auth/auth.tsx';
import { uiLanguages } from '../i18n.ts';
import { countryName } from '../lib/countries.ts';
import { useLang } from '../lib/hooks.ts';
import { EmailLanguageMenu } from './EmailLanguageMenu.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { DetailSkeleton } from './States.tsx';

function Logo() {
  return (
    <svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#0d3f70" />
      <circle cx="16" cy="16" r="9" fill="none" stroke="#5fcbbf" strokeWidth="2.5" />
      <path d="M7 16h18M16 7c-4 5-4 13 0 18M16 7c4 5 4 13 0 18" fill="none" stroke="#fff" strokeWidth="1.6" />
    </svg>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const change = (value: string) => void i18n.changeLanguage(value);
  return (
    <>
      <Box visibleFrom="md">
        <SegmentedControl
          size="xs"
          value={lang}
          onChange={change}
          aria-label={t('nav.language')}
          data={uiLanguages.map((l) => ({
            value: l,
            label: (
              <span lang={l} key={l}>
                {t(`language.${l}`)}
              </span>
            ),
          }))}
          className="language-switch"
        />
      </Box>
      <Box hiddenFrom="md">
        <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
          <Menu.Target>
            <Button
              variant="subtle"
              size="compact-sm"
              color="gray.0"
              className="header-button"
              leftSection={<IconLanguage size={16} aria-hidden />}
              px={6}
              aria-label={`${t('nav.language')}: ${t(`language.${lang}`)}`}
            >
              <span lang={lang}>{t(`language.${lang}`)}</span>
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {uiLanguages.map((l: Language) => (
              <Menu.Item key={l} onClick={() => change(l)} aria-current={l === lang ? 'true' : undefined} lang={l}>
                {t(`language.${l}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Box>
    </>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const lang = useLang();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  if (!user) {
    const next =
      location.pathname === '/login' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <Button
        component={Link}
        to={`/login${next}`}
        size="compact-sm"
        variant="white"
        color="sco"
        leftSection={<IconLogin size={16} aria-hidden />}
      >
        {t('nav.signIn')}
      </Button>
    );
  }
  const initials = user.displayName
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
  return (
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton className="user-button" aria-label={t('nav.signedInAs', { name: user.displayName })}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={28} color="scoTeal" variant="filled" radius="xl">
              {initials}
            </Avatar>
            <Box visibleFrom="sm" style={{ lineHeight: 1.15 }}>
              <Text size="sm" fw={600} c="white" truncate maw={160}>
                {user.displayName}
              </Text>
              <Text size="xs" c="sco.1">
                {t(`vocab.role.${user.role}`)}
                {user.countryCode ? ` · ${countryName(user.countryCode, lang)}` : ''}
              </Text>
            </Box>
            <IconChevronDown size={14} color="white" aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        {user.role === 'focal_point' ? (
          <>
            <Menu.Item component={Link} to="/reports/new" leftSection={<IconFilePlus size={16} aria-hidden />}>
              {t('nav.newReport')}
            </Menu.Item>
            <Menu.Item component={Link} to="/my/reports" leftSection={<IconFiles size={16} aria-hidden />}>
              {t('nav.myReports')}
            </Menu.Item>
          </>
        ) : (
          <>
            <Menu.Item component={Link} to="/review" leftSection={<IconChecklist size={16} aria-hidden />}>
              {t('nav.review')}
            </Menu.Item>
            <Menu.Item component={Link} to="/texts/review" leftSection={<IconFileSearch size={16} aria-hidden />}>
              {t('texts.nav.review')}
            </Menu.Item>
          </>
        )}
        <Menu.Item component={Link} to="/notifications" leftSection={<IconBellRinging size={16} aria-hidden />}>
          {t('notifications.title')}
        </Menu.Item>
        <Menu.Item component={Link} to="/subscriptions" leftSection={<IconBell size={16} aria-hidden />}>
          {t('alerts.subscriptionsTitle')}
        </Menu.Item>
        <Menu.Divider />
        <EmailLanguageMenu />
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => {
            void logout().finally(() => navigate('/'));
          }}
        >
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  end?: boolean;
}

function NavSection({ title, items }: { title: string; items: NavItem[] }) {
  const location = useLocation();
  return (
    <Box component="section" aria-label={title} mb="md">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4} className="nav-section-title" aria-hidden>
        {title}
      </Text>
      <Stack gap={2}>
        {items.map((item) => {
          const active = item.end
            ? location.pathname === item.to
            : location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
          return (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              end={item.end}
              label={item.label}
              leftSection={item.icon}
              active={active}
              variant="light"
              className="main-nav-link"
              aria-current={active ? 'page' : undefined}
            />
          );
        })}
      </Stack>
    </Box>
  );
}

function HealthStatus() {
  const { t } = useTranslation();
  const health = useQuery({
    queryKey: ['healthz'],
    queryFn: async () => {
      const response = await fetch('/healthz', { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      return (await response.json()) as { status: string };
    },
    refetchInterval: 120_000,
    retry: false,
  });
  const state = health.isPending ? 'checking' : health.isSuccess && health.data.status === 'ok' ? 'ok' : 'down';
  return (
    <Group gap={6} wrap="nowrap">
      <span className={`status-dot status-${state}`} aria-hidden />
      <Text size="xs">
        {t('footer.status')}:{' '}
        {state === 'checking'
          ? t('footer.statusChecking')
          : state === 'ok'
            ? t('footer.statusOk')
            : t('footer.statusDown')}
      </Text>
    </Group>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { user } = useAuth();
  const location = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the mobile menu whenever the route changes
  useEffect(() => {
    close();
  }, [location.pathname, close]);

  // Move focus to the main region on navigation so keyboard and screen reader users land on the new page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every route change
  useEffect(() => {
    const main = document.getElementById('main-content');
    if (main && document.activeElement && document.activeElement !== document.body) {
      const nav = document.activeElement.closest('nav, header');
      if (nav) main.focus({ preventScroll: true });
    }
    window.scrollTo({ top: 0 });
  }, [location.pathname]);

  const browse: NavItem[] = [
    { to: '/', label: t('nav.dashboard'), icon: <IconLayoutDashboard size={18} aria-hidden />, end: true },
    { to: '/statements', label: t('nav.statements'), icon: <IconMessages size={18} aria-hidden /> },
    { to: '/meetings', label: t('nav.meetings'), icon: <IconBuildingCommunity size={18} aria-hidden /> },
    { to: '/documents', label: t('nav.documents'), icon: <IconFileText size={18} aria-hidden /> },
    { to: '/events', label: t('nav.events'), icon: <IconCalendarEvent size={18} aria-hidden /> },
    { to: '/initiatives', label: t('nav.initiatives'), icon: <IconRocket size={18} aria-hidden /> },
    { to: '/countries', label: t('nav.countries'), icon: <IconWorld size={18} aria-hidden /> },
    { to: '/compare', label: t('compare.nav'), icon: <IconArrowsDiff size={18} aria-hidden /> },
    { to: '/report', label: t('implementationReport.nav'), icon: <IconReportAnalytics size={18} aria-hidden /> },
  ];
  const investment: NavItem[] = [
    { to: '/investment/projects', label: t('investment.nav.projects'), icon: <IconCoins size={18} aria-hidden /> },
    { to: '/investment/profiles', label: t('investment.nav.profiles'), icon: <IconUsersGroup size={18} aria-hidden /> },
    {
      to: '/investment/incentives',
      label: t('investment.nav.incentives'),
      icon: <IconDiscount2 size={18} aria-hidden />,
    },
    {
      to: '/investment/parks',
      label: t('investment.nav.parks'),
      icon: <IconBuildingFactory2 size={18} aria-hidden />,
    },
    { to: '/investment/forums', label: t('investment.nav.forums'), icon: <IconCalendarUser size={18} aria-hidden /> },
  ];
  const freight: NavItem[] = [
    { to: '/freight', label: t('freight.nav.overview'), icon: <IconTrain size={18} aria-hidden />, end: true },
    { to: '/freight/plan', label: t('freight.nav.plan'), icon: <IconRoute size={18} aria-hidden /> },
    { to: '/freight/network', label: t('freight.nav.network'), icon: <IconTopologyStar3 size={18} aria-hidden /> },
    { to: '/freight/services', label: t('freight.nav.services'), icon: <IconListDetails size={18} aria-hidden /> },
    { to: '/freight/borders', label: t('freight.nav.borders'), icon: <IconClockHour4 size={18} aria-hidden /> },
    { to: '/freight/verify', label: t('freight.nav.verify'), icon: <IconSignature size={18} aria-hidden /> },
  ];
  const work: NavItem[] = [];
  const freightRoles = ['forwarder', 'shipper', 'carrier', 'secretariat', 'admin'];
  if (user && freightRoles.includes(user.role)) {
    work.push({
      to: '/freight/shipments',
      label: t('freight.nav.shipments'),
      icon: <IconPackages size={18} aria-hidden />,
    });
  }
  if (user?.role === 'carrier') {
    work.push({ to: '/freight/legs', label: t('freight.nav.legs'), icon: <IconTruckDelivery size={18} aria-hidden /> });
  }
  if (user?.role === 'focal_point') {
    work.push(
      { to: '/reports/new', label: t('nav.newReport'), icon: <IconFilePlus size={18} aria-hidden /> },
      { to: '/my/reports', label: t('nav.myReports'), icon: <IconFiles size={18} aria-hidden /> },
    );
  }
  if (user?.role === 'secretariat' || user?.role === 'admin') {
    work.push(
      { to: '/review', label: t('nav.review'), icon: <IconChecklist size={18} aria-hidden /> },
      { to: '/texts/review', label: t('texts.nav.review'), icon: <IconFileSearch size={18} aria-hidden /> },
      { to: '/texts/new', label: t('texts.nav.add'), icon: <IconFileImport size={18} aria-hidden /> },
      { to: '/entities', label: t('entities.nav'), icon: <IconBook2 size={18} aria-hidden /> },
    );
  }
  if (user?.role === 'business') {
    work.push({
      to: '/investment/mine',
      label: t('investment.nav.mine'),
      icon: <IconBriefcase size={18} aria-hidden />,
    });
  }
  const investmentRoles = ['business', 'focal_point', 'secretariat'];
  if (user && investmentRoles.includes(user.role)) {
    work.push({
      to: '/investment/interests',
      label: t('investment.nav.interests'),
      icon: <IconHeartHandshake size={18} aria-hidden />,
    });
  }
  if (user?.role === 'focal_point' || user?.role === 'secretariat' || user?.role === 'admin') {
    work.push({
      to: '/investment/moderation',
      label: t('investment.nav.moderation'),
      icon: <IconShieldCheck size={18} aria-hidden />,
    });
  }
  if (user?.role === 'secretariat' || user?.role === 'admin') {
    work.push({
      to: '/investment/rates',
      label: t('investment.nav.rates'),
      icon: <IconCurrencyDollar size={18} aria-hidden />,
    });
  }
  if (user && (investmentRoles.includes(user.role) || user.role === 'admin')) {
    work.push({
      to: '/investment/saved-searches',
      label: t('investment.nav.savedSearches'),
      icon: <IconSearch size={18} aria-hidden />,
    });
  }
  if (user) {
    work.push({
      to: '/notifications',
      label: t('notifications.title'),
      icon: <IconBellRinging size={18} aria-hidden />,
    });
  }
  if (user?.role === 'focal_point' || user?.role === 'secretariat' || user?.role === 'admin') {
    work.push({
      to: '/subscriptions',
      label: t('alerts.subscriptionsTitle'),
      icon: <IconBell size={18} aria-hidden />,
    });
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 236, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
      className="app-shell"
    >
      <a href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header className="app-header">
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              color="white"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Anchor component={Link} to="/" className="brand" underline="never" aria-label={t('app.homeLink')}>
              <Group gap={10} wrap="nowrap">
                <Box style={{ flex: 'none', display: 'flex' }}>
                  <Logo />
                </Box>
                <Text className="brand-name" fw={700} c="white" hiddenFrom="xs" aria-hidden>
                  {t('app.abbr')}
                </Text>
                <Text className="brand-name" fw={700} c="white" truncate visibleFrom="xs">
                  <Box component="span" visibleFrom="lg">
                    {t('app.name')}
                  </Box>
                  <Box component="span" hiddenFrom="lg">
                    {t('app.shortName')}
                  </Box>
                </Text>
              </Group>
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {user ? <NotificationBell /> : null}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation" component="nav" aria-label={t('nav.main')} className="app-navbar">
        <AppShell.Section grow component={ScrollArea}>
          <NavSection title={t('nav.browse')} items={browse} />
          <NavSection title={t('investment.nav.section')} items={investment} />
          <NavSection title={t('freight.nav.section')} items={freight} />
          {work.length > 0 ? <NavSection title={t('nav.work')} items={work} /> : null}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className="app-main">
        <Box className="page-container">
          <Suspense fallback={<DetailSkeleton />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
      <Box component="footer" className="app-footer" aria-label={t('footer.label')}>
        <Box className="page-container">
          <Stack gap={6}>
            <Group gap="lg" wrap="wrap">
              <Anchor href="/api/docs" size="sm">
                {t('footer.apiDocs')}
              </Anchor>
              <HealthStatus />
            </Group>
            <Text size="xs" c="dimmed" maw={900}>
              {t('footer.source')}
            </Text>
          </Stack>
        </Box>
      </Box>
    </AppShell>
  );
}
