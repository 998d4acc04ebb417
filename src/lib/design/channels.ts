import { CHANNELS, SEVERE_PAIN, type Channel } from './types';

// The seed's contact-channel analysis (seed 002 step 3): per customer-contact channel, the as-is processes run
// through it, the cases a month they carry, and the pain points found there.

export interface ChannelProcess {
	id: string;
	code: string;
	name: string;
	volumePerMonth: number | null;
}

export interface ChannelRow {
	channel: Channel;
	processes: ChannelProcess[];
	/** Sum of the processes' monthly volumes (a process on two channels counts in both). */
	volumePerMonth: number;
	/** Processes on this channel whose volume nobody knows: the sum is a floor, not a figure. */
	unknownVolume: number;
	painPoints: number;
	severePainPoints: number;
}

export interface ChannelProcessInput extends ChannelProcess {
	channels: readonly Channel[];
}

/** Pain points counted straight from their rows, grouped by the process they were found in and their channel. */
export interface ChannelPainCount {
	processId: string;
	channel: string | null;
	severity: number;
	count: number;
}

const isChannel = (c: string | null): c is Channel => !!c && (CHANNELS as readonly string[]).includes(c);

/**
 * One row per channel in CHANNELS order, channels nobody uses left out. A pain point names its channel when it
 * was found there; one without a channel belongs to every channel of its process. Pain points of processes not
 * in the list are left out, so the page and the diagnosis report count the same.
 */
export function channelView(
	processes: readonly ChannelProcessInput[],
	pains: readonly ChannelPainCount[]
): ChannelRow[] {
	const rows = new Map<Channel, ChannelRow>(
		CHANNELS.map((channel) => [
			channel,
			{ channel, processes: [], volumePerMonth: 0, unknownVolume: 0, painPoints: 0, severePainPoints: 0 }
		])
	);
	const channelsOf = new Map<string, readonly Channel[]>();
	for (const p of processes) {
		channelsOf.set(p.id, p.channels);
		for (const channel of new Set(p.channels)) {
			const row = rows.get(channel);
			if (!row) continue;
			row.processes.push({ id: p.id, code: p.code, name: p.name, volumePerMonth: p.volumePerMonth });
			if (p.volumePerMonth === null) row.unknownVolume += 1;
			else row.volumePerMonth += p.volumePerMonth;
		}
	}
	for (const pain of pains) {
		// A pain point of a process outside the analysis (out of scope) is not counted on any channel.
		const own = channelsOf.get(pain.processId);
		if (!own) continue;
		const channels = isChannel(pain.channel) ? [pain.channel] : own;
		for (const channel of new Set(channels)) {
			const row = rows.get(channel);
			if (!row) continue;
			row.painPoints += pain.count;
			if (pain.severity >= SEVERE_PAIN) row.severePainPoints += pain.count;
		}
	}
	return [...rows.values()].filter((r) => r.processes.length > 0 || r.painPoints > 0);
}
