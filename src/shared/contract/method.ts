import type { z } from 'zod';
import type { Tag } from './tags';

// How an area declares its methods. Every method has a strict input schema
// (checked again in main, whatever the renderer checked) and an output type.
// A query only reads and says what its answer shows; a command changes data
// and says what it changed, given what it was asked and what it answered.

export interface QuerySpec<I extends z.ZodType, O> {
  kind: 'query';
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
  /**
   * What the answer shows. The renderer passes the answer it has cached (so a
   * group page can name the people on it); with none yet, say what it could show.
   */
  reads: (input: z.input<I>, answer: O | undefined) => readonly Tag[];
}

export interface CommandSpec<I extends z.ZodType, O> {
  kind: 'command';
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
  /** What the command can have changed. Every query reading any of it is refreshed, and no other. */
  changes: (input: z.input<I>, result: O) => readonly Tag[];
}

/** What every declaration has, whatever its input and output: enough to merge and dispatch. */
export interface MethodSpec {
  kind: 'query' | 'command';
  input: z.ZodType;
}

// Curried so the output type is written once and the input type is inferred.
export const query =
  <O>() =>
  <I extends z.ZodType>(input: I, reads: (input: z.input<I>, answer: O | undefined) => readonly Tag[]): QuerySpec<I, O> => ({
    kind: 'query',
    input,
    reads,
  });

export const command =
  <O>() =>
  <I extends z.ZodType>(input: I, changes: (input: z.input<I>, result: O) => readonly Tag[]): CommandSpec<I, O> => ({
    kind: 'command',
    input,
    changes,
  });

/** A command that changes nothing the app shows (writing an export elsewhere, say). */
export const changesNothing = (): readonly Tag[] => [];
