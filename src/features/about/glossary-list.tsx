import { useId } from 'react'
import { GLOSSARY, glossaryAnchor } from '@/ui/glossary'
import './glossary.css'

/** Every term of art with its definition, each entry addressable as #glossary-<id>. */
export function GlossaryList() {
  const id = useId()
  return (
    <section className="glossary" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Glossary</h2>
      <dl className="glossary-list">
        {GLOSSARY.map((e) => (
          <div key={e.id} id={glossaryAnchor(e.id)}>
            <dt>{e.term}</dt>
            <dd>{e.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
