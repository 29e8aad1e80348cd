using System;
using System.Management.Automation;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>
    /// Lets optional yes/no parameters bind from CSV text: "true", "false", "yes", "no", "1" and "0" in any
    /// case become booleans, and an empty cell means "not given". PowerShell itself refuses strings for
    /// boolean parameters.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BooleanTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>Converts text to a boolean, or to <c>null</c> when empty.</summary>
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (!(value is string text))
            {
                return value;
            }

            switch (text.Trim().ToLowerInvariant())
            {
                case "":
                    return null;
                case "true":
                case "yes":
                case "y":
                case "1":
                    return true;
                case "false":
                case "no":
                case "n":
                case "0":
                    return false;
                default:
                    throw new ArgumentTransformationMetadataException(
                        $"'{text}' is not a yes/no value. Use true or false (yes/no and 1/0 are accepted too), or leave it empty when not verified.");
            }
        }
    }
}
