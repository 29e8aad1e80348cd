<#
.SYNOPSIS
A Monday-morning check of Spectrum tickets: open tickets, one ticket with its notes, sites, circuits,
a CSV export of the last 90 days, and a test ticket with a note, an attachment and a closure request.

.DESCRIPTION
Written for the local simulator (build.ps1 -Task Demo starts it), but it runs against any gateway the
credentials belong to. Against production it creates a real ticket, so run it there with -WhatIf.

.EXAMPLE
./examples/MondayMorning.ps1 -BaseUri http://127.0.0.1:5080 -ClientId demo-client -ClientSecret demo-secret
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [uri] $BaseUri,

    [Parameter(Mandatory)]
    [string] $ClientId,

    # Plain text only because the demo credentials are public; runbooks pass a PSCredential instead.
    [Parameter(Mandatory)]
    [string] $ClientSecret,

    [string] $SubmitterId = 'noc@example.com',

    [string] $OutputFolder = (Join-Path ([System.IO.Path]::GetTempPath()) 'spectrum-demo')
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../out/SpectrumTicketing/SpectrumTicketing.psd1') -Force
New-Item -ItemType Directory -Path $OutputFolder -Force | Out-Null

function Write-Step([string] $Text) {
    Write-Host ''
    Write-Host "== $Text" -ForegroundColor Cyan
}

# Wide enough for the site addresses even when the console is redirected (80 columns by default).
function Show-Table {
    $input | Format-Table | Out-String -Width 160 | Write-Host
}

Write-Step "Connect to $BaseUri"
$credential = [pscredential]::new($ClientId, (ConvertTo-SecureString -String $ClientSecret -AsPlainText -Force))
Connect-SpectrumTicketing -BaseUri $BaseUri -Credential $credential -SubmitterId $SubmitterId
Get-SpectrumTicketingConnection | Show-Table

Write-Step 'Open tickets'
$open = @(Get-SpectrumTicket -Status 'In Progress')
$open | Select-Object -First 10 | Show-Table
Write-Host "$($open.Count) open tickets in all."

Write-Step 'One ticket with its notes'
$ticket = Get-SpectrumTicket -Id 'ECT-82979269'
$ticket | Format-List SpectrumTicketNumber, TicketId, Status, BusinessImpact, Source, ImpactedCircuits, SiteAddress, CreatedDate, ClosedDate | Out-Host
$ticket.Notes | Show-Table

Write-Step 'Sites'
Get-SpectrumSite | Show-Table

Write-Step 'Circuits'
Get-SpectrumCircuit | Show-Table

Write-Step 'Tickets of the last 90 days to CSV'
$csv = Join-Path $OutputFolder 'tickets-last-90-days.csv'
Get-SpectrumTicket -OpenedAfter (Get-Date).AddDays(-90) | Export-Csv -LiteralPath $csv -NoTypeInformation
Write-Host "$(@(Import-Csv -LiteralPath $csv).Count) tickets written to $csv"

Write-Step 'Report an outage, add a note and a file, then ask for closure'
$contact = New-SpectrumTicketContact -FirstName 'Dana' -LastName 'Reyes' -PhoneNumber '303-555-0100' -Email 'dana@example.com'
$created = New-SpectrumTicket -CircuitId '81.L1XX.011986..CHTR' -BusinessImpact Outage -Contact $contact `
    -IssueDescription 'Demo: circuit down since 06:00, NID shows no light' -BuildingPower $true -EquipmentPower $true `
    -TroubleshootingSteps 'Power cycled the NID' -SiteAccessStartTime '08:00' -SiteAccessEndTime '18:00'
if ($created) {
    $created | Show-Table
    $created | Add-SpectrumTicketNote -Note 'Demo: engineer can meet on site from 10:00.'
    $log = Join-Path $OutputFolder 'ping-log.txt'
    Set-Content -LiteralPath $log -Value "$(Get-Date -Format o) 100% packet loss to 192.0.2.1 (demo data)"
    Add-SpectrumTicketAttachment -Ticket $created.TicketId -LiteralPath $log
    $after = Request-SpectrumTicketClosure -Ticket $created.SpectrumTicketNumber -Reason 'Demo: service restored after the reboot.' -PassThru
    Write-Host "Status of $($after.SpectrumTicketNumber): $($after.Status) (support closes it; the API can only ask)."
    $after.Notes | Show-Table
}

Disconnect-SpectrumTicketing
Write-Host ''
Write-Host "CSV export: $csv"
