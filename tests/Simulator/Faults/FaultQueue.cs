using System.Collections.Generic;
using System.Linq;

namespace SpectrumTicketing.Simulator.Faults;

/// <summary>Faults waiting to be applied, taken in the order they were added.</summary>
internal sealed class FaultQueue
{
    private readonly object _gate = new();
    private readonly List<FaultRule> _rules = [];

    public void Add(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    public IReadOnlyList<FaultRule> Snapshot()
    {
        lock (_gate)
        {
            return _rules.ToList();
        }
    }

    /// <summary>Takes one use of the oldest fault that matches the route, or returns null when none does.</summary>
    public FaultRule? TryTake(string routeKey)
    {
        lock (_gate)
        {
            var rule = _rules.FirstOrDefault(r => r.Matches(routeKey));
            if (rule is null)
            {
                return null;
            }

            rule.Remaining--;
            if (rule.Remaining <= 0)
            {
                _rules.Remove(rule);
            }

            return rule;
        }
    }
}
