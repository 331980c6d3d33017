/**
 * Register the service worker (Workbox, built by vite-plugin-pwa) once the page has loaded, and offer
 * the reader a new edition when a newer worker is installed and waiting. This is the part of
 * workbox-window the edition uses, without its 2 KB on every page's first view.
 */
export function registerServiceWorker(url: string, scope: string, onNeedRefresh: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return
  const { serviceWorker } = navigator
  const offer = (worker: ServiceWorker) =>
    onNeedRefresh(() => {
      // The waiting worker takes over; this tab then reloads into the new edition.
      serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true })
      worker.postMessage({ type: 'SKIP_WAITING' })
    })
  const register = () =>
    serviceWorker.register(url, { scope }).then(
      (registration: ServiceWorkerRegistration | undefined) => {
        // A browser that blocks service workers may answer with nothing.
        if (!registration) return
        if (registration.waiting && serviceWorker.controller) offer(registration.waiting)
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed' && serviceWorker.controller) offer(worker)
          })
        })
      },
      (error: unknown) => console.warn('The service worker could not be registered; reading offline is off.', error),
    )
  if (document.readyState === 'complete') void register()
  else window.addEventListener('load', () => void register(), { once: true })
}
