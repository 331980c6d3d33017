/** Skip to the main content; moves focus itself, so it also works where the URL hash is the route. */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        const main = document.getElementById('main')
        if (!main) return
        event.preventDefault()
        main.focus()
        main.scrollIntoView()
      }}
    >
      Skip to content
    </a>
  )
}
