import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { getQueryKey } from '@trpc/react-query'
import { useState, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { readApiError } from './api-errors.ts'
import { createAppI18n } from './i18n.ts'
import { createTrpcClient, trpc } from './trpc.ts'

const ME_KEY = getQueryKey(trpc.auth.me, undefined, 'query')

function isSessionGone(error: unknown): boolean {
  const { messageKey } = readApiError(error)
  return messageKey === 'errors.http.UNAUTHORIZED' || messageKey === 'errors.AUTH.UNAUTHENTICATED'
}

function createQueryClient(): QueryClient {
  // Declared first so the cache callbacks can reach the client.
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that expired mid-visit: forget the user; the route guard sends them
      // to sign-in and back here afterwards.
      onError: (error) => {
        if (isSessionGone(error)) client.setQueryData(ME_KEY, null)
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isSessionGone(error)) client.setQueryData(ME_KEY, null)
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry only what may heal by itself: no answer, or a server error.
        retry: (failureCount, error) => {
          const info = readApiError(error)
          const transient = info.unreachable || info.messageKey === 'errors.INTERNAL'
          return transient && failureCount < 2
        },
      },
    },
  })
  return client
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [i18n] = useState(createAppI18n)
  const [queryClient] = useState(createQueryClient)
  const [trpcClient] = useState(createTrpcClient)
  return (
    <I18nextProvider i18n={i18n}>
      <trpc.Provider client={trpcClient} queryClient={queryClient}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </trpc.Provider>
    </I18nextProvider>
  )
}
