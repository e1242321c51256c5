// Where the figures came from. Load averages are kept because this 2-core machine is shared:
// a run under load is slower for both apps, and the reader should know.
import fs from 'node:fs';
import os from 'node:os';

export type MachineInfo = {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium?: string;
  firefox?: string;
  loadAverage: { start: number[]; end?: number[] };
};

function osName(): string {
  try {
    const release = fs.readFileSync('/etc/os-release', 'utf8');
    const pretty = release.match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1];
    if (pretty) return `${pretty}, ${os.type()} ${os.release()}`;
  } catch {
    // Not Linux: fall through.
  }
  return `${os.type()} ${os.release()}`;
}

const load = () => os.loadavg().map((v) => Math.round(v * 100) / 100);

export function machineInfo(): MachineInfo {
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    loadAverage: { start: load() },
  };
}

export function finishMachineInfo(info: MachineInfo): MachineInfo {
  return { ...info, loadAverage: { ...info.loadAverage, end: load() } };
}
