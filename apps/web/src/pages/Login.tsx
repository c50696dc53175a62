import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { SessionUser } from '../api/types.ts';
import { useAuth } from '../auth/auth.tsx';
import { ErrorAlert, PageHeader } from '../components/States.tsx';
import { useDocumentTitle } from '../lib/hooks.ts';

export function homeFor(user: SessionUser): string {
  if (user.role === 'focal_point') return '/my/reports';
  return '/review';
}

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return null;
  return next;
}

export default function Login() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  // Set once this form has signed the user in: the next page is loading, so the "already signed in" note would only
  // flash.
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) next.email = t('login.emailInvalid');
    if (!password) next.password = t('login.passwordRequired');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setSubmitting(true);
    setFailure(null);
    try {
      const signedIn = await login(email.trim(), password);
      setDone(true);
      navigate(safeNext(params.get('next')) ?? homeFor(signedIn), { replace: true });
    } catch (error) {
      setFailure(error);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Stack maw={440} mx="auto" mt={{ base: 0, sm: 'xl' }}>
      <PageHeader title={t('login.title')} intro={t('login.intro')} />
      {user && !done ? (
        <Alert color="blue" variant="light">
          {t('login.already', { name: user.displayName })}{' '}
          <Text component={Link} to={homeFor(user)} c="sco.8" td="underline" size="sm">
            {t(user.role === 'focal_point' ? 'nav.myReports' : 'nav.review')}
          </Text>
        </Alert>
      ) : null}
      <Card withBorder padding="lg" className="data-card">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {failure ? <ErrorAlert error={failure} /> : null}
            <TextInput
              id="login-email"
              label={t('login.email')}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
              required
            />
            <PasswordInput
              id="login-password"
              label={t('login.password')}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
              required
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
            />
            <Button
              type="submit"
              loading={submitting || done}
              leftSection={<IconLogin size={16} aria-hidden />}
              fullWidth
            >
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
