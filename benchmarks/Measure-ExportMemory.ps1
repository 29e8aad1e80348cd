#Requires -Version 7.2
<#
.SYNOPSIS
Exports tickets to CSV and samples the live managed memory while the export streams.

.DESCRIPTION
Measure-Module.ps1 starts this script in a process of its own, so that the figures contain this export and
nothing else. Every SampleInterval tickets the script forces a full garbage collection and records
GC.GetTotalMemory and the working set, so each sample counts live objects only. The results are written as
JSON to ResultPath.

.PARAMETER First
Tickets to export; 0 exports every ticket the API lists.

.PARAMETER RetainCount
After the export, keeps this many tickets in a list and records their live size per ticket: the memory that
a leak of every written ticket would add. 0 skips this step.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $ModulePath,

    [Parameter(Mandatory)]
    [string] $BaseUri,

    [Parameter(Mandatory)]
    [string] $ClientId,

    [Parameter(Mandatory)]
    [string] $ClientSecret,

    [Parameter(Mandatory)]
    [string] $CsvPath,

    [Parameter(Mandatory)]
    [string] $ResultPath,

    [ValidateRange(0, [int]::MaxValue)]
    [int] $First = 0,

    [ValidateRange(1, [int]::MaxValue)]
    [int] $SampleInterval = 500,

    [ValidateRange(0, [int]::MaxValue)]
    [int] $RetainCount = 0
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Get-LiveManagedByte {
    # The second collection frees what the finalizers of the first one released.
    [GC]::Collect()
    [GC]::WaitForPendingFinalizers()
    [GC]::Collect()
    [GC]::GetTotalMemory($false)
}

Import-Module -Name $ModulePath
$secret = ConvertTo-SecureString -String $ClientSecret -AsPlainText -Force
Connect-SpectrumTicketing -BaseUri $BaseUri -ClientId $ClientId -ClientSecret $secret -TimeoutSec 30

# One page through the same cmdlets first, so that loading and JIT compilation fall into the baseline.
Get-SpectrumTicket -First 25 | Export-Csv -LiteralPath $CsvPath -NoTypeInformation
$baselineBytes = Get-LiveManagedByte

# Lists with their capacity set up front, so that storing the samples allocates nothing during the export.
$sampleCapacity = 100000
$sampleTickets = [System.Collections.Generic.List[long]]::new($sampleCapacity)
$sampleLiveBytes = [System.Collections.Generic.List[long]]::new($sampleCapacity)
$sampleWorkingSetBytes = [System.Collections.Generic.List[long]]::new($sampleCapacity)

$listParameters = @{}
if ($First -gt 0) {
    $listParameters.First = $First
}

$written = 0
$stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
Get-SpectrumTicket @listParameters |
    ForEach-Object {
        $written++
        if ($written % $SampleInterval -eq 0 -and $sampleTickets.Count -lt $sampleCapacity) {
            $sampleTickets.Add($written)
            $sampleLiveBytes.Add((Get-LiveManagedByte))
            $sampleWorkingSetBytes.Add([System.Diagnostics.Process]::GetCurrentProcess().WorkingSet64)
        }

        $_
    } |
    Export-Csv -LiteralPath $CsvPath -NoTypeInformation
$stopwatch.Stop()

$finalLiveBytes = Get-LiveManagedByte
$peakWorkingSetBytes = [System.Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64

$retainedBytesPerTicket = $null
if ($RetainCount -gt 0) {
    $beforeBytes = Get-LiveManagedByte
    $kept = [System.Collections.Generic.List[object]]::new($RetainCount)
    Get-SpectrumTicket -First $RetainCount | ForEach-Object { $kept.Add($_) }
    $afterBytes = Get-LiveManagedByte
    $retainedBytesPerTicket = [math]::Round(($afterBytes - $beforeBytes) / $kept.Count)
}

Disconnect-SpectrumTicketing

$samples = for ($index = 0; $index -lt $sampleTickets.Count; $index++) {
    [pscustomobject]@{
        Tickets         = $sampleTickets[$index]
        LiveBytes       = $sampleLiveBytes[$index]
        WorkingSetBytes = $sampleWorkingSetBytes[$index]
    }
}

[pscustomobject]@{
    Tickets                = $written
    ElapsedMs              = [math]::Round($stopwatch.Elapsed.TotalMilliseconds)
    BaselineLiveBytes      = $baselineBytes
    FinalLiveBytes         = $finalLiveBytes
    PeakWorkingSetBytes    = $peakWorkingSetBytes
    RetainedBytesPerTicket = $retainedBytesPerTicket
    Samples                = @($samples)
} | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $ResultPath -Encoding utf8
