<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>cli</name>
    <message>
        <source>error: {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up {role} install for {pemda} in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: {opds} OPD, {sponsors} sponsors, {workers} workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is not set up yet: run &apos;rentan init&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>NIK must be exactly 16 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK region code {code} is not a known province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK regency and district codes cannot be 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside the NIK is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK serial number cannot be 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK was saved as a number in scientific notation and its last digits are lost; type it again from the KTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK regency code {code} is not a known regency or city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK district code {code} is not in the current region list (it may predate a split); check it against the KTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP was saved as a number in scientific notation and its last digits are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP must be exactly 18 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside the NIP ({text}) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment month inside the NIP ({text}) is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex digit inside the NIP must be 1 (male) or 2 (female).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NIP has the {found} format but the employment type is {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an Indonesian mobile number (08… or +628…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age at the start month is {age}; the programme expects 18 to under 65. Give a reason to register anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NIP is already registered for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NIK is already registered in this install for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen sponsor does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen sponsor has ended sponsorship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <source>This install is not set up as an OPD install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role must be &apos;opd&apos; or &apos;disnaker&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the Pemda (e.g. Kota Palangka Raya).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the operator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the OPD code (e.g. 1.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the OPD name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sponsor type &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown position level &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A civil servant (PNS/PPPK) needs an 18-digit NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex does not match the NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date does not match the NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex must be L or P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex does not match the NIK (the NIK says {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date does not match the NIK (the NIK says {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared income must be a whole Rupiah amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared income must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start month must look like 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown relationship &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown heir relationship &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW must be a number of up to 3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>ASN - PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASN - PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-ASN staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APBD programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll/TPP deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer / virtual account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
