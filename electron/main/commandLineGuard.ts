// Dalili documents one command-line switch: --portable (README, "Portable use"). Anything else a
// shortcut or a script could add (--remote-debugging-port, --inspect, --js-flags, --no-sandbox,
// --disable-web-security, --proxy-server, --user-data-dir, --load-extension, …) would open the
// notebook to another program or weaken the sandbox, so main refuses to start: it logs one line
// naming the switches (never their values) and exits before any window exists.
// Chromium reads switches with "--" or "-" and, on Windows, "/" too; all three are refused.

export const DOCUMENTED_SWITCHES: readonly string[] = ['--portable'];

const looksLikeSwitch = (arg: string, platform: NodeJS.Platform): boolean =>
  arg.startsWith('-') || (platform === 'win32' && arg.startsWith('/'));

/** Old macOS Finder launches add a process serial number; it is the system's, not a person's. */
const isSystemArgument = (arg: string, platform: NodeJS.Platform): boolean =>
  platform === 'darwin' && /^-psn_\d+_\d+$/.test(arg);

/**
 * The switches in `argv` that Dalili does not document, by name (value cut off). `argv` is
 * process.argv: the executable first, then (unpackaged) the app path, then what the person typed.
 */
export function refusedSwitches(
  argv: readonly string[],
  platform: NodeJS.Platform = process.platform,
): string[] {
  return argv
    .slice(1)
    .filter(
      (arg) =>
        looksLikeSwitch(arg, platform) &&
        !isSystemArgument(arg, platform) &&
        !DOCUMENTED_SWITCHES.includes(arg),
    )
    .map((arg) => arg.split('=')[0] ?? arg);
}

export function refusalLogLine(refused: readonly string[]): string {
  return `dalili: refusing to start with undocumented command-line switches: ${refused.join(' ')} (only --portable is accepted)`;
}
