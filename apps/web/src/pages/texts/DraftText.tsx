import { Anchor, Box, Group, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeTags } from '../../i18n.ts';
import { type FactNode, factTree, pieces, splitParagraphs } from '../../lib/annotate.ts';
import { countMarks, type DraftMark, type DraftMarkKind, draftMarkKinds, draftMarks } from './draftMarks.ts';
import type { DraftDetail } from './textsApi.ts';

interface MarkContext {
  text: string;
  marks: Map<string, DraftMark>;
  kindLabel: (kind: DraftMarkKind) => string;
}

function Mark({ node, ctx }: { node: FactNode; ctx: MarkContext }) {
  const mark = node.fact.refId ? ctx.marks.get(node.fact.refId) : undefined;
  if (!mark) return <Marked ctx={ctx} nodes={node.children} start={node.start} end={node.end} />;
  const spanText = ctx.text.slice(node.start, node.end);
  return (
    <Tooltip
      label={
        <Box>
          <Text size="xs" fw={700}>
            {ctx.kindLabel(mark.kind)}
          </Text>
          {mark.label && mark.label !== spanText ? <Text size="xs">{mark.label}</Text> : null}
        </Box>
      }
      events={{ hover: true, focus: false, touch: false }}
      openDelay={150}
      multiline
      maw={320}
    >
      <span className={`fact fact-${mark.kind}`} data-kind={mark.kind} data-ordinal={mark.ordinal ?? undefined}>
        <VisuallyHidden>{`${ctx.kindLabel(mark.kind)}: `}</VisuallyHidden>
        <Marked ctx={ctx} nodes={node.children} start={node.start} end={node.end} />
      </span>
    </Tooltip>
  );
}

function Marked({ ctx, nodes, start, end }: { ctx: MarkContext; nodes: FactNode[]; start: number; end: number }) {
  return (
    <>
      {pieces(nodes, start, end).map((piece) =>
        piece.kind === 'text' ? (
          <span key={`t${piece.start}`}>{ctx.text.slice(piece.start, piece.end)}</span>
        ) : (
          <Mark key={`f${piece.node.start}-${piece.node.fact.refId}`} node={piece.node} ctx={ctx} />
        ),
      )}
    </>
  );
}

export function MarkLegend({ counts }: { counts: Map<DraftMarkKind, number> }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="draft-legend-title" className="legend">
      <Text id="draft-legend-title" size="xs" fw={700} tt="uppercase" c="dimmed" mb={6} component="h3">
        {t('texts.review.legend')}
      </Text>
      <Group gap="md" wrap="wrap" component="ul" className="plain-list">
        {draftMarkKinds.map((kind) => (
          <Group key={kind} gap={6} wrap="nowrap" component="li">
            <span className={`legend-swatch fact fact-${kind}`} aria-hidden />
            <Text size="sm">
              {t(`texts.review.markKind.${kind}`)}{' '}
              <Text span c="dimmed" size="xs">
                ({counts.get(kind) ?? 0})
              </Text>
            </Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}

/**
 * The draft's text, paragraph by paragraph, with every extracted fact highlighted in its kind's colour. The
 * number beside a statement's paragraph leads to its card in the list of statements.
 */
export function DraftText({ draft }: { draft: DraftDetail }) {
  const { t } = useTranslation();
  const { facts, marks } = useMemo(() => draftMarks(draft), [draft]);
  const counts = useMemo(() => countMarks(marks), [marks]);
  const paragraphs = useMemo(() => splitParagraphs(draft.text), [draft.text]);
  const statementAt = (start: number, end: number) =>
    draft.statements.find((s) => s.span.start < end && s.span.end > start);
  const ctx: MarkContext = { text: draft.text, marks, kindLabel: (kind) => t(`texts.review.markKind.${kind}`) };
  return (
    <Box>
      <Title order={2} size="h4" id="draft-text-title">
        {t('texts.review.text')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('texts.review.textIntro')}
      </Text>
      <MarkLegend counts={counts} />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: on wide screens the text scrolls in its own box, which keyboard users must be able to reach (WCAG 2.1.1) */}
      <section className="draft-text" tabIndex={0} aria-labelledby="draft-text-title">
        {paragraphs.map((paragraph) => {
          const statement = statementAt(paragraph.start, paragraph.end);
          return (
            <div
              key={paragraph.start}
              className="paragraph-row single"
              id={statement ? `text-p-${statement.ordinal}` : undefined}
            >
              <div className="paragraph-number">
                {statement ? (
                  <Anchor
                    href={`#statement-${statement.ordinal}`}
                    size="sm"
                    aria-label={t('texts.review.toStatement', { ordinal: statement.ordinal })}
                  >
                    {statement.ordinal}
                  </Anchor>
                ) : null}
              </div>
              <div className="paragraph-source" lang={localeTags[draft.language]}>
                <Marked
                  ctx={ctx}
                  nodes={factTree(facts, paragraph.start, paragraph.end)}
                  start={paragraph.start}
                  end={paragraph.end}
                />
              </div>
            </div>
          );
        })}
      </section>
    </Box>
  );
}
