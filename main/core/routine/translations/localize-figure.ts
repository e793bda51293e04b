/**
 * The pictures' words in the reader's language: their text alternatives and the side a two-sided
 * picture shows, from the figure's words (load.ts's loadFigureWords, or a whole translation, which
 * includes them). Apart from localize.ts so the figure's chunk carries no other content.
 * `null` is English, the source.
 */
import { SIDE_WORDS, type Illustration } from '../figure';
import type { PoseChoice } from '../own-exercise';
import type { FigureWords, PoseTexts } from './routine-texts';

export function localizeSideWords(translation: FigureWords | null): FigureWords['sideWords'] {
  return translation?.sideWords ?? SIDE_WORDS;
}

/** The translation's poses, read by an id the compiler only knows as a string. */
function poseTexts(translation: FigureWords): Readonly<Record<string, PoseTexts | undefined>> {
  return translation.poses;
}

/** The illustrations with their text descriptions (and the crossed-out picture's) translated. */
export function localizeIllustrations(
  illustrations: Readonly<Record<string, Illustration>>,
  translation: FigureWords | null,
): Readonly<Record<string, Illustration>> {
  if (translation === null) return illustrations;
  const poses = poseTexts(translation);
  const localize = (id: string, ill: Illustration): Illustration => {
    const texts = poses[id];
    if (texts === undefined) return ill;
    const avoid = ill.avoid && { ...ill.avoid, alt: texts.avoid ?? ill.avoid.alt };
    return { ...ill, alt: texts.alt, avoid };
  };
  return Object.fromEntries(Object.entries(illustrations).map(([id, ill]) => [id, localize(id, ill)]));
}

/** The picture chooser's labels, which are the poses' descriptions. */
export function localizePoseChoices(
  choices: readonly PoseChoice[],
  translation: FigureWords | null,
): readonly PoseChoice[] {
  if (translation === null) return choices;
  const poses = poseTexts(translation);
  return choices.map((choice) => ({ ...choice, label: poses[choice.id]?.alt ?? choice.label }));
}
