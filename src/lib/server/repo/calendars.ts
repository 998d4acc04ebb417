import { chinaCalendar, type WorkCalendar } from '../../scheduling/calendar';

/**
 * The working calendar a project schedules with: Monday–Friday with the official Chinese holidays and
 * make-up working days. (Per-project calendar choice arrives with the scheduling engine.)
 */
export function projectCalendar(): WorkCalendar {
	return chinaCalendar();
}
