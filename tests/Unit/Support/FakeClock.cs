using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace SpectrumTicketing.Tests.Support
{
    /// <summary>
    /// Clock that moves only when a test advances it. Every timer it creates is recorded with its due time.
    /// By default the timer then fires at once, so retry waits cost nothing while their length stays checkable.
    /// </summary>
    internal sealed class FakeClock : TimeProvider
    {
        private readonly object gate = new object();
        private readonly ConcurrentQueue<TimeSpan> timerDueTimes = new ConcurrentQueue<TimeSpan>();
        private DateTimeOffset now;

        public FakeClock()
            : this(new DateTimeOffset(2025, 4, 5, 18, 30, 0, TimeSpan.Zero))
        {
        }

        public FakeClock(DateTimeOffset start)
        {
            now = start;
        }

        /// <summary>Whether timers fire at once (true) or after their real due time (false).</summary>
        public bool FireTimersAtOnce { get; set; } = true;

        /// <summary>Due times of the timers created so far, in order.</summary>
        public IReadOnlyList<TimeSpan> TimerDueTimes => timerDueTimes.ToArray();

        public override DateTimeOffset GetUtcNow()
        {
            lock (gate)
            {
                return now;
            }
        }

        public void Advance(TimeSpan by)
        {
            lock (gate)
            {
                now += by;
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            timerDueTimes.Enqueue(dueTime);
            return base.CreateTimer(callback, state, FireTimersAtOnce ? TimeSpan.Zero : dueTime, period);
        }
    }
}
