import { isAbsolute, relative } from 'node:path';

// What every command (data, data:check, data:import, data:export,
// data:council, data:synthetic, bench) does with its arguments and its
// errors, so that each says the same thing in the same words: an option it
// does not know is "unknown option --bogus", followed by its usage, exit 2;
// a missing file or folder is "PATH: no such file or folder", exit 2; and
// nothing it echoes can put a control character on the terminal.

/** A wrong command line: printed with the command's usage, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file or folder the command was asked to read that cannot be read. Exit status 2. */
export class PathError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${shownPath(path)}: ${reason}`);
    this.name = 'PathError';
  }
}

export interface ParsedArgs {
  options: Record<string, string | true>;
  rest: string[];
  unknown: string[];
}

/** Options of the form --name VALUE (or --name=VALUE) and --flag, and the other arguments in order; everything after "--" is an argument. */
export function parseArgs(args: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const options: Record<string, string | true> = {};
  const rest: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    const eq = /^(--[\w-]+)=(.*)$/.exec(arg);
    const name = eq ? eq[1]! : arg;
    if (valued.includes(name)) {
      const value = eq ? eq[2] : args[++i];
      if (value === undefined) unknown.push(`${name} needs a value`);
      else options[name] = value;
    } else if (flags.includes(name)) options[name] = true;
    else if (arg.startsWith('-') && arg !== '-' && !/^-\d/.test(arg)) unknown.push(`unknown option ${printable(name)}`);
    else rest.push(arg);
  }
  return { options, rest, unknown };
}

export interface CommandLineSpec {
  /** Options that take a value, e.g. "--out". */
  valued?: readonly string[];
  /** Options that take none, e.g. "--stats"; --help and -h are always known. */
  flags?: readonly string[];
  /** How many other arguments the command takes, and what to say when there are too few or too many. */
  args?: { min?: number; max?: number; tooFew?: string; tooMany?: string };
}

/** The command line read by one spec; null for --help (the caller prints its help). Throws a UsageError for anything it does not take. */
export function readCommandLine(argv: readonly string[], spec: CommandLineSpec): { options: Record<string, string | true>; rest: string[] } | null {
  const { options, rest, unknown } = parseArgs(argv, spec.valued ?? [], [...(spec.flags ?? []), '--help', '-h']);
  if (options['--help'] || options['-h']) return null;
  const { min = 0, max = Infinity } = spec.args ?? {};
  // An unknown option is reported alone: the arguments may only look wrong because of it.
  if (unknown.length) throw new UsageError(unknown.join('; '));
  if (rest.length < min) throw new UsageError(spec.args?.tooFew ?? 'too few arguments');
  if (rest.length > max) throw new UsageError(spec.args?.tooMany ?? (max === 0 ? `unexpected argument ${printable(rest[0]!)}` : 'too many arguments'));
  return { options, rest };
}

/** node:util's parseArgs errors (bench uses it) in the same words as parseArgs above. */
export function asUsageError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${/'([^']*)'/.exec(message)?.[1] ?? ''}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${/'(--?[\w-]+)/.exec(message)?.[1] ?? 'an option'} needs a value`);
    if (code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(message);
    // The command's own checks of its option values are usage errors too.
    throw error instanceof Error && !code ? new UsageError(error.message) : error;
  }
}

/** A path as a message shows it: relative to the current folder when inside it, otherwise as it is. */
export function shownPath(path: string, cwd = process.cwd()): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'no such file or folder (a part of the path is a file, not a folder)',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** A file system error (ENOENT, EISDIR …) as a PathError in plain words; other errors as they are. */
export function plainFileError(error: unknown, path?: string): unknown {
  const { code, path: errorPath } = error as NodeJS.ErrnoException;
  const where = errorPath ?? path;
  if (code && where && FILE_ERRORS[code]) return new PathError(where, FILE_ERRORS[code]);
  return error;
}

/** Throws the PathError for a path that does not exist. */
export function noSuchPath(path: string): PathError {
  return new PathError(path, FILE_ERRORS.ENOENT!);
}

/**
 * Text as it is safe to print: control characters (C0 but tab and line
 * break, DEL, C1) and the bidirectional overrides, which can rewrite or hide
 * what the terminal shows, become visible escapes such as \x1B.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

/** The exit status for an error, after printing it: the usage for a UsageError. */
export function reportError(error: unknown, help: string, print: (text: string) => void = (text) => console.error(text)): number {
  const plain = plainFileError(error);
  if (plain instanceof UsageError) {
    print(`${printable(plain.message)}\n\n${help}`);
    return 2;
  }
  if (plain instanceof PathError) {
    print(printable(plain.message));
    return 2;
  }
  print(printable(plain instanceof Error ? plain.message : String(plain)));
  return 1;
}

/** Runs a command's main and exits with its status, or with the status of its error (reportError). */
export function runCommand(help: string, main: () => Promise<number> | number): void {
  Promise.resolve()
    .then(main)
    .then(
      (status) => process.exit(status),
      (error: unknown) => process.exit(reportError(error, help)),
    );
}
