import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as contract from '../../../../packages/agenda/src/contracts.ts';
import type * as schemas from '../../../../packages/core/src/notifications/notifications.schemas.ts';
import { useAuth } from '../auth/auth.tsx';
import { api, apiRequest } from './client.ts';
import type { InitiativeDetail, Language } from './types.ts';

/** Notifications, subscriptions, e-mail language and initiative ownership: the API of alerts, typed from its schemas. */

export type AppNotification = z.infer<typeof schemas.notificationSchema>;
export type NotificationList = z.infer<typeof schemas.notificationListSchema>;
export type Preferences = z.infer<typeof schemas.preferencesSchema>;
export type Subscription = contract.Subscription;
export type SubscriptionTargetKind = contract.SubscriptionTargetKind;
export type OwnershipInput = z.input<typeof contract.initiativeOwnershipInputSchema>;

const keys = {
  notifications: (query: { limit: number; offset: number; unread: boolean }) => ['notifications', query] as const,
  subscriptions: ['subscriptions'] as const,
  preferences: ['preferences'] as const,
};

/** How often a signed-in page looks for new notifications. */
const pollMs = 60_000;

export function useNotifications(query: { limit: number; offset: number; unread: boolean }) {
  const { user } = useAuth();
  return useQuery({
    queryKey: keys.notifications(query),
    queryFn: ({ signal }) => api.get<NotificationList>('/notifications', query, signal),
    enabled: user !== null,
    placeholderData: keepPreviousData,
    refetchInterval: pollMs,
  });
}

function useInvalidateNotifications() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['notifications'] });
}

export function useMarkNotificationRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: (id: string) => api.post<AppNotification>(`/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: invalidate,
  });
}

export function useMarkAllNotificationsRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: () => api.post<{ marked: number; unreadCount: number }>('/notifications/read-all'),
    onSuccess: invalidate,
  });
}

export function useSubscriptions() {
  const { user } = useAuth();
  return useQuery({
    queryKey: keys.subscriptions,
    queryFn: ({ signal }) => api.get<{ items: Subscription[] }>('/subscriptions', undefined, signal),
    enabled: user !== null,
  });
}

/** Follows or stops following; the answer is the new list of subscriptions. */
export function useToggleSubscription() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ follow, ...target }: { follow: boolean; targetKind: SubscriptionTargetKind; target: string }) =>
      apiRequest<{ items: Subscription[] }>('/subscriptions', { method: follow ? 'PUT' : 'DELETE', body: target }),
    onSuccess: (list) => client.setQueryData(keys.subscriptions, list),
  });
}

export function usePreferences(enabled: boolean) {
  return useQuery({
    queryKey: keys.preferences,
    queryFn: ({ signal }) => api.get<Preferences>('/me/preferences', undefined, signal),
    enabled,
  });
}

export function useSetEmailLanguage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (preferredLanguage: Language) => api.patch<Preferences>('/me/preferences', { preferredLanguage }),
    onSuccess: (preferences) => client.setQueryData(keys.preferences, preferences),
  });
}

export function useSetOwnership(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OwnershipInput) =>
      api.patch<InitiativeDetail>(`/initiatives/${encodeURIComponent(id)}/ownership`, input),
    onSuccess: (initiative) => {
      client.setQueryData(['initiative', id], initiative);
      void client.invalidateQueries({ queryKey: ['initiatives'] });
    },
  });
}
