<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the register</source>
        <translation>등록부 검사</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 검사</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>백업 검사…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>백업에서 복원…</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>백업 검사</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} 검사 중…</translation>
    </message>
    <message>
        <source>Checking the register</source>
        <translation>등록부를 검사하는 중</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>문제가 발견되었습니다.</translation>
    </message>
    <message>
        <source>The check could not be made.</source>
        <translation>검사를 수행할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ExposuresView</name>
    <message>
        <source>Code: the measure&apos;s list and the item share a code, or one covers the other (HS and CN digits, control numbers and their sub-entries, the crosswalk).</source>
        <translation>코드: 조치의 목록과 품목이 코드를 공유하거나 한쪽이 다른 쪽을 포함합니다(HS 및 CN 자릿수, 통제 번호와 하위 항목, 대조표).</translation>
    </message>
    <message>
        <source>Item vocabulary: the item&apos;s name is a term (or another name of one) that the list&apos;s entry covers, itself or through a broader term, at the stages the list names.</source>
        <translation>품목 어휘: 품목 이름이 목록 항목이 그 자체로 또는 상위 용어를 통해 포함하는 용어(또는 그 별칭)이며, 목록이 명시한 단계에 해당합니다.</translation>
    </message>
    <message>
        <source>Same words only: no vocabulary term describes the item. If the match is right, a synonym (Edit &gt; Screening synonyms) makes screening read the name as a known term.</source>
        <translation>같은 단어만 일치: 품목을 설명하는 어휘 용어가 없습니다. 일치가 맞다면 동의어(편집 &gt; 스크리닝 동의어)를 추가하여 스크리닝이 그 이름을 알려진 용어로 읽게 하십시오.</translation>
    </message>
    <message>
        <source>high: recorded codes or countries and a known stage.</source>
        <translation>높음: 기록된 코드 또는 국가와 알려진 단계.</translation>
    </message>
    <message>
        <source>medium: a country read from the activity text and not confirmed, or an item whose stage is not known.</source>
        <translation>보통: 사업 내용에서 읽은 미확인 국가 또는 단계를 알 수 없는 품목.</translation>
    </message>
    <message>
        <source>low: the same words only (no vocabulary term describes it).</source>
        <translation>낮음: 같은 단어만 일치(어휘 용어로 설명되지 않음).</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>activity text</source>
        <translation>사업 내용 설명</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>foreign partner</source>
        <translation>해외 파트너</translation>
    </message>
    <message>
        <source>own mine</source>
        <translation>자체 광산</translation>
    </message>
    <message>
        <source>list entry</source>
        <translation>목록 항목</translation>
    </message>
</context>
<context>
    <name>LineageTab</name>
    <message>
        <source>Add link…</source>
        <translation>연결 추가…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>연결 제거</translation>
    </message>
    <message>
        <source>No links yet. Add link… records that this measure finalises, amends, suspends or supersedes another.</source>
        <translation>아직 연결이 없습니다. &apos;연결 추가…&apos;로 이 조치가 다른 조치를 확정, 개정, 효력 정지 또는 대체함을 기록합니다.</translation>
    </message>
    <message>
        <source>Remove the link &quot;{0}&quot;? The audit log keeps what it said.</source>
        <translation>연결 &quot;{0}&quot;을(를) 제거하시겠습니까? 감사 로그에는 그 내용이 남습니다.</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>연결 제거</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another measure</source>
        <translation>다른 조치에 연결</translation>
    </message>
    <message>
        <source>This measure</source>
        <translation>이 조치</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>다른 조치</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Choose the other measure (type part of its reference or title).</source>
        <translation>다른 조치를 선택하십시오(참조 번호나 제목의 일부를 입력).</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Note: {0}.</source>
        <translation>메모: {0}.</translation>
    </message>
    <message>
        <source>{0} is sound: its pages and foreign keys are intact, the audit trail of {1} entries is unbroken (head {2}), {3} records match their sealed state and the rules hold.</source>
        <translation>{0}은(는) 정상입니다: 페이지와 외래 키가 온전하고, 감사 기록 {1}건의 체인이 끊기지 않았으며(헤드 {2}), 레코드 {3}건이 봉인된 상태와 일치하고, 규칙이 충족됩니다.</translation>
    </message>
    <message>
        <source>{0} problems in {1}:</source>
        <translation>{1}에서 문제 {0}건:</translation>
    </message>
    <message>
        <source>If records were changed outside the application, check a backup (Check a backup…), then restore it with File &gt; Restore from backup…, or correct the records in the application.</source>
        <translation>레코드가 애플리케이션 밖에서 변경되었다면 백업을 검사한 후(백업 검사…) &apos;파일 &gt; 백업에서 복원…&apos;으로 복원하거나, 애플리케이션에서 레코드를 수정하십시오.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Restore works on register files; a shared PostgreSQL register is restored with pg_dump and pg_restore.</source>
        <translation>복원은 등록부 파일에 적용됩니다. 공유 PostgreSQL 등록부는 pg_dump와 pg_restore로 복원합니다.</translation>
    </message>
    <message>
        <source>Restore the register from</source>
        <translation>등록부 복원 원본</translation>
    </message>
    <message>
        <source>Replace the register {0} with the backup {1}? The backup is verified first; the register as it is now is kept as a safety copy, and the restore is written in the audit trail. Changes since the backup will no longer show.</source>
        <translation>등록부 {0}을(를) 백업 {1}(으)로 바꾸시겠습니까? 백업을 먼저 검증하고, 현재 등록부는 안전 사본으로 보관하며, 복원은 감사 기록에 남습니다. 백업 이후의 변경 사항은 더 이상 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Restored {0} from {1}. The previous state is saved as {2}.</source>
        <translation>{1}에서 {0}을(를) 복원했습니다. 이전 상태는 {2}(으)로 저장되었습니다.</translation>
    </message>
    <message>
        <source>The register was not restored</source>
        <translation>등록부가 복원되지 않았습니다</translation>
    </message>
    <message>
        <source>Restoring the register</source>
        <translation>등록부를 복원하는 중</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Risk matrix</source>
        <translation>위험 매트릭스</translation>
    </message>
    <message>
        <source>Levels (lowest first)</source>
        <translation>등급(낮은 순)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>검토 주기(일)</translation>
    </message>
    <message>
        <source>Level of each cell (rows: likelihood, columns: impact)</source>
        <translation>각 셀의 등급(행: 발생 가능성, 열: 영향)</translation>
    </message>
    <message>
        <source>Save the risk matrix</source>
        <translation>위험 매트릭스 저장</translation>
    </message>
    <message>
        <source>Risk matrix saved; {0} assessments changed level.</source>
        <translation>위험 매트릭스를 저장했습니다. 평가 {0}건의 등급이 바뀌었습니다.</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>announcement</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>시행</translation>
    </message>
    <message>
        <source>  {0}: {1} (title {2:.0f}% alike, same {3} date)</source>
        <translation>  {0}: {1}(제목 유사도 {2:.0f}%, {3}일 동일)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>중복 가능성</translation>
    </message>
    <message>
        <source>The register already has a measure of the same authority and date with a similar title:
{0}

Save this new measure anyway?</source>
        <translation>등록부에 소관 기관과 날짜가 같고 제목이 비슷한 조치가 이미 있습니다:
{0}

그래도 이 새 조치를 저장하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Import update pack</source>
        <translation>업데이트 팩 가져오기</translation>
    </message>
    <message>
        <source>measures as .csv or .xlsx (a workbook&apos;s Clauses, Suspension windows and Lineage sheets join the pack)</source>
        <translation>조치 파일 .csv 또는 .xlsx (통합 문서의 조항, 효력 정지 기간, 연혁 시트도 팩에 포함됨)</translation>
    </message>
    <message>
        <source>optional: clauses as .csv or .xlsx</source>
        <translation>선택 사항: 조항 .csv 또는 .xlsx</translation>
    </message>
    <message>
        <source>optional: suspension windows as .csv or .xlsx</source>
        <translation>선택 사항: 효력 정지 기간 .csv 또는 .xlsx</translation>
    </message>
    <message>
        <source>optional: links as .csv (from_reference, kind, to_reference, note)</source>
        <translation>선택 사항: 연결 .csv (from_reference, kind, to_reference, note)</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>팩</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>효력 정지 기간</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>A pack never touches this register&apos;s assessments, notes or dismissals, and leaves measures archived here as they are. Importing it twice changes nothing.</source>
        <translation>팩은 이 등록부의 평가, 메모, 기각 기록을 절대 변경하지 않으며, 여기서 보관 처리된 조치도 그대로 둡니다. 두 번 가져와도 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Check the pack to see what it would add and change.</source>
        <translation>팩을 확인하여 추가되거나 변경될 내용을 봅니다.</translation>
    </message>
    <message>
        <source>Check pack</source>
        <translation>팩 확인</translation>
    </message>
    <message>
        <source>Import pack</source>
        <translation>팩 가져오기</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose a file of the pack</source>
        <translation>팩 파일 선택</translation>
    </message>
    <message>
        <source>Check the pack first: nothing is written until you press Import pack.</source>
        <translation>먼저 팩을 확인하십시오. &apos;팩 가져오기&apos;를 누르기 전에는 아무것도 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 확인 중</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 가져오는 중</translation>
    </message>
    <message>
        <source>%1 error(s): fix the pack and check it again; nothing can be imported while any row has an error.</source>
        <translation>오류 %1건: 팩을 수정한 후 다시 확인하십시오. 오류가 있는 행이 하나라도 있으면 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>가져올 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>Nothing to import: the register already has everything in this pack.</source>
        <translation>가져올 내용 없음: 등록부에 이 팩의 모든 내용이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Imported. %1.</source>
        <translation>가져왔습니다. %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>취소됨; 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>오류: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>경고: </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report language</source>
        <translation>보고서 언어</translation>
    </message>
</context>
<context>
    <name>SynonymsDialog</name>
    <message>
        <source>Screening synonyms</source>
        <translation>스크리닝 동의어</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>용어</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>해석</translation>
    </message>
    <message>
        <source>Filter synonyms…</source>
        <translation>동의어 필터…</translation>
    </message>
    <message>
        <source>a name found in item lists, e.g. flake graphite</source>
        <translation>품목 목록에 나오는 이름, 예: flake graphite</translation>
    </message>
    <message>
        <source>what screening reads it as, e.g. graphite</source>
        <translation>스크리닝이 해석하는 용어, 예: graphite</translation>
    </message>
    <message>
        <source>New synonym</source>
        <translation>새 동의어</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Save the synonym</source>
        <translation>동의어 저장</translation>
    </message>
    <message>
        <source>Synonym not saved</source>
        <translation>동의어가 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Remove synonym</source>
        <translation>동의어 제거</translation>
    </message>
    <message>
        <source>Remove the synonym &quot;{0}&quot; (read as &quot;{1}&quot;)?</source>
        <translation>동의어 &quot;{0}&quot;(해석: &quot;{1}&quot;)을(를) 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>Remove the synonym</source>
        <translation>동의어 제거</translation>
    </message>
    <message>
        <source>Synonym not removed</source>
        <translation>동의어가 제거되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>사용자 가이드(&amp;U)</translation>
    </message>
    <message>
        <source>Export &amp;view as CSV…</source>
        <translation>보기를 CSV로 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <source>Chec&amp;k the register…</source>
        <translation>등록부 검사(&amp;K)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>백업에서 복원(&amp;T)…</translation>
    </message>
    <message>
        <source>Screening &amp;synonyms…</source>
        <translation>스크리닝 동의어(&amp;S)…</translation>
    </message>
    <message>
        <source>Risk &amp;matrix…</source>
        <translation>위험 매트릭스(&amp;M)…</translation>
    </message>
    <message>
        <source>Export view as CSV</source>
        <translation>보기를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Show a table (measures, joint ventures, assessments, exposures, events or the audit log) to export it.</source>
        <translation>내보낼 표(조치, 합작투자, 평가, 노출, 이벤트 또는 감사 로그)를 표시하십시오.</translation>
    </message>
    <message>
        <source>Export the view as</source>
        <translation>보기 내보내기 위치</translation>
    </message>
    <message>
        <source>Wrote {0} rows to {1}</source>
        <translation>{0}개 행을 {1}에 기록했습니다</translation>
    </message>
    <message>
        <source>Exporting the view</source>
        <translation>보기를 내보내는 중</translation>
    </message>
    <message>
        <source>The view was not exported</source>
        <translation>보기를 내보내지 못했습니다</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Export Risk Register user guide</source>
        <translation>Export Risk Register 사용자 가이드</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>사용자 가이드</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation. Reinstall the application to get it back.</source>
        <translation>이 설치에 사용자 가이드가 없습니다. 애플리케이션을 다시 설치하십시오.</translation>
    </message>
    <message>
        <source>Could not prepare the user guide</source>
        <translation>사용자 가이드를 준비할 수 없습니다</translation>
    </message>
    <message>
        <source>No program here opens web pages. The user guide is saved as {0}; use Show in folder to find it.</source>
        <translation>이 환경에는 웹 페이지를 여는 프로그램이 없습니다. 사용자 가이드는 {0}에 저장되었습니다. &apos;폴더에서 보기&apos;로 찾으십시오.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>No file manager is available. The user guide is in {0}</source>
        <translation>파일 관리자를 사용할 수 없습니다. 사용자 가이드 위치: {0}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Import &amp;update pack…</source>
        <translation>업데이트 팩 가져오기(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Register databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>등록부 데이터베이스 (*.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>데이터베이스 백업(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;PDF briefing…</source>
        <translation>PDF 브리핑(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation>Excel 통합 문서(&amp;X)…</translation>
    </message>
    <message>
        <source>Load &amp;demo register</source>
        <translation>데모 등록부 불러오기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>새 레코드(&amp;N)…</translation>
    </message>
    <message>
        <source>New {label}…</source>
        <translation>새 {label}…</translation>
    </message>
    <message>
        <source>Op&amp;en record…</source>
        <translation>레코드 열기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>보관(&amp;A)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>복원(&amp;T)</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>이력 보기(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Jurisdiction &amp;groups…</source>
        <translation>관할권 그룹(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Export Risk Register</source>
        <translation>Export Risk Register 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>최근 항목 열기(&amp;C)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Archived {n} {noun}; Ctrl+Z undoes it.</source>
        <translation>{noun} {n}건을 보관했습니다. Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Restored {n} {noun}; Ctrl+Z undoes it.</source>
        <translation>{noun} {n}건을 복원했습니다. Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Reports are not available ({exc}).</source>
        <translation>보고서를 사용할 수 없습니다({exc}).</translation>
    </message>
    <message>
        <source>New register database</source>
        <translation>새 등록부 데이터베이스</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>{chosen} already exists. Use Open database to open it.</source>
        <translation>{chosen}이(가) 이미 있습니다. &apos;데이터베이스 열기&apos;로 여십시오.</translation>
    </message>
    <message>
        <source>Open register database</source>
        <translation>등록부 데이터베이스 열기</translation>
    </message>
    <message>
        <source>Opening the register</source>
        <translation>등록부를 여는 중</translation>
    </message>
    <message>
        <source>Could not open the register</source>
        <translation>등록부를 열 수 없습니다</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>최근 데이터베이스 없음</translation>
    </message>
    <message>
        <source>Open a table to choose its columns</source>
        <translation>열을 선택하려면 표를 여십시오</translation>
    </message>
    <message>
        <source>Back up the register to</source>
        <translation>등록부 백업 위치</translation>
    </message>
    <message>
        <source>Backing up the register</source>
        <translation>등록부를 백업하는 중</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Backup written and verified:
{dest}</source>
        <translation>백업을 기록하고 검증했습니다:
{dest}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>백업이 기록되지 않았습니다</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>파일을 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>{target} already exists. Replace it with the new backup?</source>
        <translation>{target}이(가) 이미 있습니다. 새 백업으로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Demo register loaded.</source>
        <translation>데모 등록부를 불러왔습니다.</translation>
    </message>
    <message>
        <source>Could not load the demo register</source>
        <translation>데모 등록부를 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>Loading the demo register</source>
        <translation>데모 등록부를 불러오는 중</translation>
    </message>
    <message>
        <source>An empty register</source>
        <translation>빈 등록부</translation>
    </message>
    <message>
        <source>This register has no records yet. Load the demo register (30 real export-control measures with their clauses and suspensions, 6 fictional joint ventures, 12 assessments) to explore the application? You can archive the demo records later.</source>
        <translation>이 등록부에는 아직 레코드가 없습니다. 데모 등록부(조항과 효력 정지를 포함한 실제 수출통제 조치 30건, 가상의 합작투자 6건, 평가 12건)를 불러와 애플리케이션을 살펴보시겠습니까? 데모 레코드는 나중에 보관할 수 있습니다.</translation>
    </message>
    <message>
        <source>Export Risk Register {version}: export-control measures, joint ventures and their risk.

Register: {register}

Keyboard shortcuts:
{keys}</source>
        <translation>Export Risk Register {version}: 수출통제 조치, 합작투자와 그 위험.

등록부: {register}

바로 가기 키:
{keys}</translation>
    </message>
    <message>
        <source>About Export Risk Register</source>
        <translation>Export Risk Register 정보</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>열(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Export Risk Register</source>
        <translation>Export Risk Register</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>등록부를 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>assessment_form</name>
    <message>
        <source>Action</source>
        <translation>조치 사항</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>기한(YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>choose a measure</source>
        <translation>조치 선택</translation>
    </message>
    <message>
        <source>choose a joint venture</source>
        <translation>합작투자 선택</translation>
    </message>
    <message>
        <source>choose a likelihood</source>
        <translation>발생 가능성 선택</translation>
    </message>
    <message>
        <source>choose an impact</source>
        <translation>영향 선택</translation>
    </message>
    <message>
        <source>After mitigation:</source>
        <translation>완화 후:</translation>
    </message>
    <message>
        <source>default: {actor}</source>
        <translation>기본값: {actor}</translation>
    </message>
    <message>
        <source>label of the measure&apos;s clause it depends on (empty: all of it)</source>
        <translation>근거가 되는 조치 조항의 레이블(비워 두면: 조치 전체)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD(기본값: 오늘)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: from the risk level)</source>
        <translation>YYYY-MM-DD(기본값: 위험 등급에 따름)</translation>
    </message>
    <message>
        <source>Measure *</source>
        <translation>조치 *</translation>
    </message>
    <message>
        <source>Joint venture *</source>
        <translation>합작투자 *</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>영향 경로</translation>
    </message>
    <message>
        <source>Inherent risk *</source>
        <translation>고유 위험 *</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>잔여 위험</translation>
    </message>
    <message>
        <source>Depends on clause</source>
        <translation>근거 조항</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>대응 방식</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>위험 책임자</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>다음 검토일</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Mitigation actions</source>
        <translation>완화 조치</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>평가</translation>
    </message>
</context>
<context>
    <name>audit_model</name>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>수행자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치 사항</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>레코드 유형</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>레코드 번호</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>변경된 필드</translation>
    </message>
</context>
<context>
    <name>audit_values</name>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>audit_view</name>
    <message>
        <source>Could not read the audit log</source>
        <translation>감사 로그를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Any record type</source>
        <translation>모든 레코드 유형</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>레코드 번호</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Search record names and changed values</source>
        <translation>레코드 이름과 변경된 값 검색</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>모든 사람</translation>
    </message>
    <message>
        <source> ({shown:,} loaded; scroll for more)</source>
        <translation> ({shown:,}건 불러옴, 스크롤하면 더 보기)</translation>
    </message>
    <message>
        <source>{total:,} audit entries{loaded}</source>
        <translation>감사 기록 {total:,}건{loaded}</translation>
    </message>
    <message>
        <source>Entry {id}: {action} {what}{number} “{entity_label}” by {actor} on {at}</source>
        <translation>기록 {id}: {actor}이(가) {at}에 {what}{number} “{entity_label}”을(를) {action}</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <source>This {label} is archived; restore it before editing.</source>
        <translation>이 {label}은(는) 보관되어 있습니다. 편집하기 전에 복원하십시오.</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>새 {noun}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Removed spaces or tabs from the edges of: {names}. Check, then save again.</source>
        <translation>다음 필드의 앞뒤 공백 또는 탭을 제거했습니다: {names}. 확인한 후 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>Save {label}</source>
        <translation>{label} 저장</translation>
    </message>
    <message>
        <source>{exc}
Your entries are still here: press Save to try again.</source>
        <translation>{exc}
입력한 내용은 그대로 있습니다. &apos;저장&apos;을 눌러 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Their version is loaded; your changes were discarded.</source>
        <translation>상대방 버전을 불러왔습니다. 변경 내용은 취소되었습니다.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record. Save again to compare.</source>
        <translation>저장되지 않음: 다른 사람이 이 레코드를 변경했습니다. 비교하려면 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장되지 않은 변경 내용</translation>
    </message>
    <message>
        <source>Discard your changes to this {label}?</source>
        <translation>이 {label}에 대한 변경 내용을 취소하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>change_op</name>
    <message>
        <source>Could not {action}</source>
        <translation>{action} 작업을 할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>overdue</source>
        <translation>기한 초과</translation>
    </message>
</context>
<context>
    <name>conflict_dialog</name>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>상대방 버전(저장됨)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>내 버전</translation>
    </message>
    <message>
        <source>This {noun} was changed by someone else</source>
        <translation>이 {noun}은(는) 다른 사람이 변경했습니다</translation>
    </message>
    <message>
        <source>Someone else saved this {noun} after you opened it. Nothing has been overwritten.
For each field that differs, choose which value to keep, then save; or load their version and drop your changes.</source>
        <translation>이 {noun}을(를) 연 후에 다른 사람이 저장했습니다. 덮어쓴 내용은 없습니다.
다른 필드마다 유지할 값을 선택한 후 저장하거나, 상대방 버전을 불러와 내 변경 내용을 버리십시오.</translation>
    </message>
    <message>
        <source>Show only the fields that differ</source>
        <translation>다른 필드만 표시</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>이 선택으로 저장</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>내 것을 버리고 상대방 것 불러오기</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>편집으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>dashboard_view</name>
    <message>
        <source>Consultation ends</source>
        <translation>의견 수렴 종료</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>시행</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>검토 기한</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>검토 기한 초과</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>수치를 읽는 중…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>합작투자</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>잔여</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>다음 검토</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>관할권</translation>
    </message>
    <message>
        <source>Residual risk heat map (live assessments)</source>
        <translation>잔여 위험 히트맵(유효한 평가)</translation>
    </message>
    <message>
        <source>Top residual risks</source>
        <translation>잔여 위험 상위</translation>
    </message>
    <message>
        <source>Just happened / coming up (what waits for someone first)</source>
        <translation>방금 발생 / 예정(대응 대기 항목 우선)</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>상태별 조치</translation>
    </message>
    <message>
        <source>By jurisdiction</source>
        <translation>관할권별</translation>
    </message>
    <message>
        <source>{n} unassessed exposure: review</source>
        <translation>평가되지 않은 노출 {n}건: 검토</translation>
    </message>
    <message>
        <source>{n} unassessed exposures: review</source>
        <translation>평가되지 않은 노출 {n}건: 검토</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>수치를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the dashboard</source>
        <translation>대시보드를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>As of {today}: {live} live assessments ({by_level}); {ventures_exposed} joint ventures exposed; {overdue} reviews overdue.</source>
        <translation>{today} 기준: 유효한 평가 {live}건({by_level}), 노출된 합작투자 {ventures_exposed}건, 기한 초과 검토 {overdue}건.</translation>
    </message>
    <message>
        <source>{waiting} waiting for someone: events</source>
        <translation>대응 대기 {waiting}건: 이벤트</translation>
    </message>
</context>
<context>
    <name>dismiss_dialog</name>
    <message>
        <source>Write why this exposure does not matter: the reason is kept with the dismissal.</source>
        <translation>이 노출이 중요하지 않은 이유를 작성하십시오. 이유는 제외 기록과 함께 보관됩니다.</translation>
    </message>
    <message>
        <source>Dismiss exposure</source>
        <translation>노출 제외</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>제외</translation>
    </message>
</context>
<context>
    <name>events_view</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대응 대기</translation>
    </message>
    <message>
        <source>Note (optional, e.g. where you checked):</source>
        <translation>메모(선택 사항, 예: 확인한 곳):</translation>
    </message>
    <message>
        <source>Export the events as a calendar</source>
        <translation>이벤트를 캘린더로 내보내기</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 파일 (*.ics)</translation>
    </message>
    <message>
        <source>Only what waits for someone</source>
        <translation>대응 대기 항목만</translation>
    </message>
    <message>
        <source>Confirm not extended…</source>
        <translation>연장되지 않음 확인…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>캘린더 내보내기(.ics)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Could not read the events</source>
        <translation>이벤트를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>{shown} events shown; {waiting} waiting for someone.</source>
        <translation>이벤트 {shown}건 표시, 대응 대기 {waiting}건.</translation>
    </message>
    <message>
        <source>Confirm the suspension was not extended</source>
        <translation>효력 정지가 연장되지 않았음을 확인</translation>
    </message>
    <message>
        <source>Recording the confirmation</source>
        <translation>확인을 기록하는 중</translation>
    </message>
    <message>
        <source>Could not confirm</source>
        <translation>확인할 수 없습니다</translation>
    </message>
    <message>
        <source>Writing the calendar</source>
        <translation>캘린더를 기록하는 중</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path}을(를) 기록했습니다</translation>
    </message>
    <message>
        <source>Could not write the calendar</source>
        <translation>캘린더를 기록할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>exposures_view</name>
    <message>
        <source>Measure</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>합작투자</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>일치 근거</translation>
    </message>
    <message>
        <source>How it reaches</source>
        <translation>영향 경로</translation>
    </message>
    <message>
        <source>The venture&apos;s item, or one its activity text names (marked so).</source>
        <translation>합작투자의 품목 또는 사업 내용 설명에 언급된 품목(표시됨).</translation>
    </message>
    <message>
        <source>Input, output, technology in or out; &apos;partner&apos; when a party listing names a partner.</source>
        <translation>투입, 산출, 기술 도입 또는 기술 이전. 당사자 명단에 파트너가 등재된 경우 &apos;파트너&apos;.</translation>
    </message>
    <message>
        <source>What links the measure&apos;s list to the item: a code (HS and CN digits, control numbers and their sub-entries, the crosswalk), the item vocabulary (a term covers its narrower terms, at the stages the list names) or, for names no term describes, the same words.</source>
        <translation>조치의 목록과 품목을 연결하는 것: 코드(HS 및 CN 자릿수, 통제 번호와 하위 항목, 대조표), 품목 어휘(용어는 목록이 명시한 단계에서 하위 용어를 포함) 또는 용어로 설명되지 않는 이름의 경우 같은 단어.</translation>
    </message>
    <message>
        <source>Which border the measure acts on (exports, imports, technology, goods made abroad) and the countries that tie the item to it.</source>
        <translation>조치가 작용하는 경계(수출, 수입, 기술, 해외에서 생산된 물품)와 품목을 그 조치에 연결하는 국가.</translation>
    </message>
    <message>
        <source> [assessed]</source>
        <translation> [평가됨]</translation>
    </message>
    <message>
        <source> [dismissed]</source>
        <translation> [제외됨]</translation>
    </message>
    <message>
        <source> (from the activity text)</source>
        <translation> (사업 내용 설명에서)</translation>
    </message>
    <message>
        <source>Show assessed and dismissed</source>
        <translation>평가됨·제외됨 표시</translation>
    </message>
    <message>
        <source>Screen again</source>
        <translation>다시 스크리닝</translation>
    </message>
    <message>
        <source>Draft assessment</source>
        <translation>평가 초안 작성</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>제외…</translation>
    </message>
    <message>
        <source>Joint venture:</source>
        <translation>합작투자:</translation>
    </message>
    <message>
        <source>Possible exposures</source>
        <translation>가능한 노출</translation>
    </message>
    <message>
        <source>Needs data</source>
        <translation>데이터 필요</translation>
    </message>
    <message>
        <source>Facts to record (supplier and destination countries) before screening can decide, the most-depended-on first; and flows read from activity texts.</source>
        <translation>스크리닝이 판단하기 전에 기록해야 할 사실(공급국 및 목적국), 의존도가 높은 것부터 표시. 사업 내용에서 읽은 흐름도 표시합니다.</translation>
    </message>
    <message>
        <source>All joint ventures</source>
        <translation>모든 합작투자</translation>
    </message>
    <message>
        <source>Screening the register…</source>
        <translation>등록부를 스크리닝하는 중…</translation>
    </message>
    <message>
        <source>{facts:,} facts to record across {ventures_waiting:,} joint ventures. Choose a joint venture to see its data completeness and the flows read from its activity text.</source>
        <translation>합작투자 {ventures_waiting:,}건에 기록할 사실 {facts:,}건. 합작투자를 선택하면 데이터 완전성과 사업 내용에서 읽은 흐름을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Needs data ({count:,})</source>
        <translation>데이터 필요({count:,})</translation>
    </message>
    <message>
        <source>{exposures:,} possible exposures in {pairs:,} measure x venture pairs; {total:,} unassessed in the register; {facts:,} facts to record</source>
        <translation>조치 x 합작투자 조합 {pairs:,}건에서 가능한 노출 {exposures:,}건, 등록부에서 평가되지 않음 {total:,}건, 기록할 사실 {facts:,}건</translation>
    </message>
    <message>
        <source>Could not screen the register</source>
        <translation>등록부를 스크리닝할 수 없습니다</translation>
    </message>
    <message>
        <source>
Dismissed by {actor}: {reason}</source>
        <translation>
{actor}이(가) 제외: {reason}</translation>
    </message>
    <message>
        <source>{measure} x {venture}
{why}{note}</source>
        <translation>{measure} x {venture}
{why}{note}</translation>
    </message>
    <message>
        <source>Reading the matches</source>
        <translation>일치 결과를 읽는 중</translation>
    </message>
    <message>
        <source>Could not draft the assessment</source>
        <translation>평가 초안을 작성할 수 없습니다</translation>
    </message>
    <message>
        <source>Why does {measure_reference} not matter for &apos;{item_name}&apos; of {venture_name}?</source>
        <translation>{measure_reference}이(가) {venture_name}의 &apos;{item_name}&apos;에 중요하지 않은 이유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Dismiss the exposure</source>
        <translation>노출 제외</translation>
    </message>
</context>
<context>
    <name>field_choices</name>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>상대방 버전(저장됨)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>내 버전</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>내 것(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Theirs</source>
        <translation>상대방 것(&amp;T)</translation>
    </message>
</context>
<context>
    <name>field_labels</name>
    <message>
        <source>Reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>원어 제목</translation>
    </message>
    <message>
        <source>Issuing jurisdiction</source>
        <translation>발령 관할권</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>소관 기관</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>조치 유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>발표일</translation>
    </message>
    <message>
        <source>Consultation ends on</source>
        <translation>의견 수렴 종료일</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>삭제일</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>출처 URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Targets note</source>
        <translation>대상 관련 메모</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Targeted jurisdictions</source>
        <translation>대상 관할권</translation>
    </message>
    <message>
        <source>Excluded jurisdictions</source>
        <translation>제외 관할권</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>상태 이력</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>소재지</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>사업 내용</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>관련 금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>지분</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Countries (from / to)</source>
        <translation>국가(출발 / 도착)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>합작투자</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>영향 경로</translation>
    </message>
    <message>
        <source>Inherent likelihood</source>
        <translation>고유 발생 가능성</translation>
    </message>
    <message>
        <source>Inherent impact</source>
        <translation>고유 영향</translation>
    </message>
    <message>
        <source>Inherent risk level</source>
        <translation>고유 위험 등급</translation>
    </message>
    <message>
        <source>Inherent risk rank</source>
        <translation>고유 위험 순위</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>잔여 발생 가능성</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>잔여 영향</translation>
    </message>
    <message>
        <source>Residual risk level</source>
        <translation>잔여 위험 등급</translation>
    </message>
    <message>
        <source>Residual risk rank</source>
        <translation>잔여 위험 순위</translation>
    </message>
    <message>
        <source>Residual risk score</source>
        <translation>잔여 위험 점수</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>대응 방식</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>다음 검토일</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>완화 조치</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>만료일</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>기준치</translation>
    </message>
    <message>
        <source>Suspended by</source>
        <translation>효력 정지 주체</translation>
    </message>
    <message>
        <source>First day suspended</source>
        <translation>효력 정지 첫날</translation>
    </message>
    <message>
        <source>Last day suspended</source>
        <translation>효력 정지 마지막 날</translation>
    </message>
    <message>
        <source>Extensions and lifts</source>
        <translation>연장 및 해제</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>결정일</translation>
    </message>
    <message>
        <source>From measure</source>
        <translation>연결 출발 조치</translation>
    </message>
    <message>
        <source>To measure</source>
        <translation>연결 대상 조치</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Match fingerprint</source>
        <translation>일치 지문</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>제외 시각</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>기록자</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>결정 시각</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인 시각</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>다른 표기</translation>
    </message>
    <message>
        <source>List</source>
        <translation>명단</translation>
    </message>
    <message>
        <source>Listed from</source>
        <translation>등재 시작일</translation>
    </message>
    <message>
        <source>Listed until</source>
        <translation>등재 종료일</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>명단</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>투입물</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>원산지</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>기술</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>용어</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>해석</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Broader term</source>
        <translation>상위 용어</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Equivalent code</source>
        <translation>대응 코드</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>Every country (no members listed)</source>
        <translation>모든 국가(구성원 없음)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Level of each cell (likelihood: impact minor to severe)</source>
        <translation>각 셀의 등급(발생 가능성: 영향 경미~심각)</translation>
    </message>
    <message>
        <source>Assessments whose level changed</source>
        <translation>등급이 바뀐 평가</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>검토 주기(일)</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>발생 가능성</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256 체크섬</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>레코드 유형</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>열 매핑</translation>
    </message>
    <message>
        <source>Update pack</source>
        <translation>업데이트 팩</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>덮어씀</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지 수</translation>
    </message>
    <message>
        <source>Restored from</source>
        <translation>복원 원본</translation>
    </message>
    <message>
        <source>Safety copy of the replaced register</source>
        <translation>교체된 등록부의 안전 사본</translation>
    </message>
    <message>
        <source>Copy of the damaged register</source>
        <translation>손상된 등록부의 사본</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>이전 원본</translation>
    </message>
    <message>
        <source>Last audit hash of the source</source>
        <translation>원본의 마지막 감사 해시</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>보유자</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>ISO code or country name, e.g. CN</source>
        <translation>ISO 코드 또는 국가 이름(예: CN)</translation>
    </message>
    <message>
        <source>countries or groups by name or code, e.g. United States; EU; EAR:D:5</source>
        <translation>이름 또는 코드로 국가나 그룹 입력(예: United States; EU; EAR:D:5)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose a date from a calendar (Alt+Down)</source>
        <translation>캘린더에서 날짜 선택(Alt+아래쪽 화살표)</translation>
    </message>
</context>
<context>
    <name>filter_bar</name>
    <message>
        <source>{label} YYYY-MM-DD (empty: today)</source>
        <translation>{label} YYYY-MM-DD(비워 두면: 오늘)</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>이 필터 제거</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Any {label}</source>
        <translation>모든 {label}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{label} records have no form</source>
        <translation>{label} 레코드에는 양식이 없습니다</translation>
    </message>
</context>
<context>
    <name>groups_dialog</name>
    <message>
        <source>Jurisdiction groups</source>
        <translation>관할권 그룹</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>other ways files write it, separated by ;</source>
        <translation>파일에서 쓰는 다른 표기(; 로 구분)</translation>
    </message>
    <message>
        <source>Every country (no members listed)</source>
        <translation>모든 국가(구성원 없음)</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>다른 표기</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>새 그룹</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>Jurisdiction group not saved</source>
        <translation>관할권 그룹이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>그룹 제거</translation>
    </message>
    <message>
        <source>Remove the group {code} ({name})?</source>
        <translation>그룹 {code}({name})을(를) 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>Jurisdiction group not removed</source>
        <translation>관할권 그룹이 제거되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>heat_map</name>
    <message>
        <source>rare</source>
        <translation>드묾</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>가능성 낮음</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>가능성 있음</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>가능성 높음</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>거의 확실</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>경미</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>상당</translation>
    </message>
    <message>
        <source>major</source>
        <translation>중대</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>심각</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>발생 가능성</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>Likelihood {li} ({likelihood}) x impact {ii} ({impact}): {label}. {n} {noun}; click to list them.</source>
        <translation>발생 가능성 {li}({likelihood}) x 영향 {ii}({impact}): {label}. {noun} {n}건, 클릭하면 목록을 표시합니다.</translation>
    </message>
    <message>
        <source>Likelihood {li}, impact {ii}, {label}, {n} {noun}</source>
        <translation>발생 가능성 {li}, 영향 {ii}, {label}, {noun} {n}건</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Import from CSV or Excel</source>
        <translation>CSV 또는 Excel에서 가져오기</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation>.csv 또는 .xlsx 파일</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>파일 확인</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Select a row to see what it changes, field by field (old -&gt; new).</source>
        <translation>행을 선택하면 변경 내용을 필드별로 보여 줍니다(이전 -&gt; 새 값).</translation>
    </message>
    <message>
        <source>Overwrite with the file</source>
        <translation>파일로 덮어쓰기</translation>
    </message>
    <message>
        <source>Keep the register&apos;s</source>
        <translation>등록부 값 유지</translation>
    </message>
    <message>
        <source>Rows older than the register:</source>
        <translation>등록부보다 오래된 행:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>가져올 파일 선택</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>스프레드시트 (*.csv *.xlsx *.xlsm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Check the file first: nothing is written until you press Import.</source>
        <translation>먼저 파일을 확인하십시오. &apos;가져오기&apos;를 누르기 전에는 아무것도 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} 확인 중</translation>
    </message>
    <message>
        <source>{error_count:,} error(s): fix the file and check it again; nothing can be imported while any row has an error.</source>
        <translation>오류 {error_count:,}건: 파일을 수정한 후 다시 확인하십시오. 오류가 있는 행이 있는 동안에는 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>{unresolved} row(s) carry an older version than the register (someone edited the record after the file was exported): select each and choose to overwrite it with the file or keep the register&apos;s.</source>
        <translation>{unresolved}개 행이 등록부보다 오래된 버전입니다(파일을 내보낸 후 누군가 레코드를 편집함). 각 행을 선택하여 파일로 덮어쓸지 등록부 값을 유지할지 선택하십시오.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>가져올 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>Nothing to import: the register already matches.</source>
        <translation>가져올 내용이 없습니다. 등록부가 이미 일치합니다.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} 가져오는 중</translation>
    </message>
    <message>
        <source>Imported. {report}.</source>
        <translation>가져왔습니다. {report}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>취소되었습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Error: {e}</source>
        <translation>오류: {e}</translation>
    </message>
    <message>
        <source>Warning: {w}</source>
        <translation>경고: {w}</translation>
    </message>
</context>
<context>
    <name>import_mapping</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(이 열 무시)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>conflict: newer edit in the register</source>
        <translation>충돌: 등록부에 더 최근 편집이 있음</translation>
    </message>
    <message>
        <source>kept as in the register</source>
        <translation>등록부 그대로 유지</translation>
    </message>
    <message>
        <source>overwrite with the file</source>
        <translation>파일로 덮어쓰기</translation>
    </message>
    <message>
        <source>keep the register&apos;s</source>
        <translation>등록부 값 유지</translation>
    </message>
    <message>
        <source>Columns this file names its own way</source>
        <translation>이 파일이 자체 방식으로 이름 붙인 열</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Removed spaces or tabs from the start or end.</source>
        <translation>앞뒤의 공백 또는 탭을 제거했습니다.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>export ban</source>
        <translation>수출 금지</translation>
    </message>
    <message>
        <source>export licensing requirement</source>
        <translation>수출 허가 요건</translation>
    </message>
    <message>
        <source>technology export restriction</source>
        <translation>기술 수출 제한</translation>
    </message>
    <message>
        <source>export quota</source>
        <translation>수출 할당</translation>
    </message>
    <message>
        <source>export tax</source>
        <translation>수출세</translation>
    </message>
    <message>
        <source>import tariff</source>
        <translation>수입 관세</translation>
    </message>
    <message>
        <source>end-user / end-use control</source>
        <translation>최종 사용자 / 최종 용도 통제</translation>
    </message>
    <message>
        <source>investment screening</source>
        <translation>투자 심사</translation>
    </message>
    <message>
        <source>framework law</source>
        <translation>기본법</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>효력 정지</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>extraterritorial / re-export rule</source>
        <translation>역외 적용 / 재수출 규칙</translation>
    </message>
    <message>
        <source>party listing</source>
        <translation>당사자 명단 등재</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>의견 수렴</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>채택됨</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>시행 중</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <source>repealed</source>
        <translation>폐지됨</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>CN customs 10-digit</source>
        <translation>중국 세관 10자리</translation>
    </message>
    <message>
        <source>ECCN</source>
        <translation>ECCN</translation>
    </message>
    <message>
        <source>China dual-use list</source>
        <translation>중국 이중용도 품목 목록</translation>
    </message>
    <message>
        <source>China technology catalogue</source>
        <translation>중국 기술 목록</translation>
    </message>
    <message>
        <source>EU dual-use</source>
        <translation>EU 이중용도</translation>
    </message>
    <message>
        <source>ore or concentrate</source>
        <translation>광석 또는 정광</translation>
    </message>
    <message>
        <source>refined chemical or metal</source>
        <translation>정제 화학물질 또는 금속</translation>
    </message>
    <message>
        <source>material</source>
        <translation>소재</translation>
    </message>
    <message>
        <source>component</source>
        <translation>부품</translation>
    </message>
    <message>
        <source>product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>장비</translation>
    </message>
    <message>
        <source>technology</source>
        <translation>기술</translation>
    </message>
    <message>
        <source>service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>계획 중</translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation>협상 중</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>운영 중</translation>
    </message>
    <message>
        <source>exiting</source>
        <translation>철수 중</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>input</source>
        <translation>투입</translation>
    </message>
    <message>
        <source>output</source>
        <translation>산출</translation>
    </message>
    <message>
        <source>technology in</source>
        <translation>기술 도입</translation>
    </message>
    <message>
        <source>technology out</source>
        <translation>기술 이전</translation>
    </message>
    <message>
        <source>input supply</source>
        <translation>원료 공급</translation>
    </message>
    <message>
        <source>technology licence</source>
        <translation>기술 라이선스</translation>
    </message>
    <message>
        <source>export sales</source>
        <translation>수출 판매</translation>
    </message>
    <message>
        <source>investment approval</source>
        <translation>투자 승인</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>자금 조달</translation>
    </message>
    <message>
        <source>tariff cost</source>
        <translation>관세 비용</translation>
    </message>
    <message>
        <source>mitigate</source>
        <translation>완화</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>수용</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>전가</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>open</source>
        <translation>미결</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>create</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>configure</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>restore database</source>
        <translation>데이터베이스 복원</translation>
    </message>
    <message>
        <source>seal records</source>
        <translation>레코드 봉인</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>아직 공포되지 않음</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>연장</translation>
    </message>
    <message>
        <source>lifting</source>
        <translation>해제</translation>
    </message>
    <message>
        <source>consultation ends</source>
        <translation>의견 수렴 종료</translation>
    </message>
    <message>
        <source>takes effect</source>
        <translation>시행</translation>
    </message>
    <message>
        <source>clause takes effect</source>
        <translation>조항 시행</translation>
    </message>
    <message>
        <source>clause expires</source>
        <translation>조항 만료</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>suspension starts</source>
        <translation>효력 정지 시작</translation>
    </message>
    <message>
        <source>suspension ends</source>
        <translation>효력 정지 종료</translation>
    </message>
    <message>
        <source>suspension extended</source>
        <translation>효력 정지 연장</translation>
    </message>
    <message>
        <source>suspension lifted</source>
        <translation>효력 정지 해제</translation>
    </message>
    <message>
        <source>confirm not extended</source>
        <translation>연장되지 않음 확인</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>검토 기한</translation>
    </message>
    <message>
        <source>finalises</source>
        <translation>확정함</translation>
    </message>
    <message>
        <source>amends</source>
        <translation>개정함</translation>
    </message>
    <message>
        <source>suspends</source>
        <translation>효력을 정지함</translation>
    </message>
    <message>
        <source>supersedes</source>
        <translation>대체함</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>대응함</translation>
    </message>
    <message>
        <source>finalised by</source>
        <translation>확정 주체</translation>
    </message>
    <message>
        <source>amended by</source>
        <translation>개정 주체</translation>
    </message>
    <message>
        <source>suspended by</source>
        <translation>효력 정지 주체</translation>
    </message>
    <message>
        <source>superseded by</source>
        <translation>대체 주체</translation>
    </message>
    <message>
        <source>responded to by</source>
        <translation>대응 주체</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>joint venture</source>
        <translation>합작투자</translation>
    </message>
    <message>
        <source>joint ventures</source>
        <translation>합작투자</translation>
    </message>
    <message>
        <source>Joint ventures</source>
        <translation>합작투자</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>measure link</source>
        <translation>조치 연결</translation>
    </message>
    <message>
        <source>measure links</source>
        <translation>조치 연결</translation>
    </message>
    <message>
        <source>exposure dismissal</source>
        <translation>노출 제외</translation>
    </message>
    <message>
        <source>exposure dismissals</source>
        <translation>노출 제외</translation>
    </message>
    <message>
        <source>synonym</source>
        <translation>동의어</translation>
    </message>
    <message>
        <source>synonyms</source>
        <translation>동의어</translation>
    </message>
    <message>
        <source>risk matrix</source>
        <translation>위험 매트릭스</translation>
    </message>
    <message>
        <source>risk matrices</source>
        <translation>위험 매트릭스</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>databases</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>jurisdiction group</source>
        <translation>관할권 그룹</translation>
    </message>
    <message>
        <source>jurisdiction groups</source>
        <translation>관할권 그룹</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>suspension window</source>
        <translation>효력 정지 기간</translation>
    </message>
    <message>
        <source>suspension windows</source>
        <translation>효력 정지 기간</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>효력 정지 기간</translation>
    </message>
    <message>
        <source>event confirmation</source>
        <translation>이벤트 확인</translation>
    </message>
    <message>
        <source>event confirmations</source>
        <translation>이벤트 확인</translation>
    </message>
    <message>
        <source>taxonomy term</source>
        <translation>분류 용어</translation>
    </message>
    <message>
        <source>taxonomy terms</source>
        <translation>분류 용어</translation>
    </message>
    <message>
        <source>taxonomy relation</source>
        <translation>분류 관계</translation>
    </message>
    <message>
        <source>taxonomy relations</source>
        <translation>분류 관계</translation>
    </message>
    <message>
        <source>crosswalk row</source>
        <translation>대조표 행</translation>
    </message>
    <message>
        <source>crosswalk rows</source>
        <translation>대조표 행</translation>
    </message>
    <message>
        <source>inferred flow</source>
        <translation>추정된 흐름</translation>
    </message>
    <message>
        <source>inferred flows</source>
        <translation>추정된 흐름</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>브리핑</translation>
    </message>
    <message>
        <source>briefings</source>
        <translation>브리핑</translation>
    </message>
    <message>
        <source>party</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>listed party</source>
        <translation>등재 당사자</translation>
    </message>
    <message>
        <source>listed parties</source>
        <translation>등재 당사자</translation>
    </message>
    <message>
        <source>ownership rule</source>
        <translation>지분 규칙</translation>
    </message>
    <message>
        <source>ownership rules</source>
        <translation>지분 규칙</translation>
    </message>
    <message>
        <source>party match</source>
        <translation>당사자 일치</translation>
    </message>
    <message>
        <source>party matches</source>
        <translation>당사자 일치</translation>
    </message>
    <message>
        <source>content share</source>
        <translation>함량 비율</translation>
    </message>
    <message>
        <source>content shares</source>
        <translation>함량 비율</translation>
    </message>
    <message>
        <source>de minimis rule</source>
        <translation>최소 허용 규칙</translation>
    </message>
    <message>
        <source>de minimis rules</source>
        <translation>최소 허용 규칙</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>원어 제목</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>관할권</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>소관 기관</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Consultation ends</source>
        <translation>의견 수렴 종료</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>시행</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>최종 변경</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>합작투자</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>소재지</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>사업 내용</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>관련 금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Worst residual</source>
        <translation>최고 잔여 위험</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Measure title</source>
        <translation>조치 제목</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>영향 경로</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>고유</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>잔여</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>발생 가능성</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>대응 방식</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>다음 검토</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>심각</translation>
    </message>
</context>
<context>
    <name>live_form</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>상대방 버전 다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>내 변경 유지(&amp;K)</translation>
    </message>
    <message>
        <source>You will choose per field when you save.</source>
        <translation>저장할 때 필드별로 선택합니다.</translation>
    </message>
    <message>
        <source>Changed underneath</source>
        <translation>다른 곳에서 변경됨</translation>
    </message>
    <message>
        <source>This {label} was deleted from the register; it can no longer be saved. Your entries are still here.</source>
        <translation>이 {label}은(는) 등록부에서 삭제되어 더 이상 저장할 수 없습니다. 입력한 내용은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>{who} changed this {label} on {at} while you were editing: reload theirs, or keep mine (you will choose per field when you save).</source>
        <translation>편집하는 동안 {who}이(가) {at}에 이 {label}을(를) 변경했습니다. 상대방 버전을 다시 불러오거나 내 변경을 유지하십시오(저장할 때 필드별로 선택합니다).</translation>
    </message>
    <message>
        <source>Someone changed this {label} while you were editing: reload theirs, or keep mine (you will choose per field when you save).</source>
        <translation>편집하는 동안 다른 사람이 이 {label}을(를) 변경했습니다. 상대방 버전을 다시 불러오거나 내 변경을 유지하십시오(저장할 때 필드별로 선택합니다).</translation>
    </message>
    <message>
        <source>{who} archived this {label} on {at}; restore it before saving. Your entries are still here.</source>
        <translation>{who}이(가) {at}에 이 {label}을(를) 보관했습니다. 저장하기 전에 복원하십시오. 입력한 내용은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Someone archived this {label}; restore it before saving. Your entries are still here.</source>
        <translation>다른 사람이 이 {label}을(를) 보관했습니다. 저장하기 전에 복원하십시오. 입력한 내용은 그대로 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>measure_form</name>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10; ECCN:3A090)</source>
        <translation>코드(예: HS:2504.10; ECCN:3A090)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>시작일(YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>title in the original language, if any</source>
        <translation>원어 제목(있는 경우)</translation>
    </message>
    <message>
        <source>what the targets say beyond countries and groups, e.g. most entities</source>
        <translation>국가와 그룹 외에 대상에 관한 설명(예: 대부분의 기업)</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>원어 제목</translation>
    </message>
    <message>
        <source>Issuing jurisdiction</source>
        <translation>발령 관할권</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>소관 기관</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>발표일</translation>
    </message>
    <message>
        <source>Consultation ends on</source>
        <translation>의견 수렴 종료일</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>삭제일</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>출처 URL</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Controlled items</source>
        <translation>통제 품목</translation>
    </message>
    <message>
        <source>Targeted jurisdictions</source>
        <translation>대상 관할권</translation>
    </message>
    <message>
        <source>Excluded jurisdictions</source>
        <translation>제외 관할권</translation>
    </message>
    <message>
        <source>Targets note</source>
        <translation>대상 관련 메모</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>상태 이력</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Items and jurisdictions</source>
        <translation>품목과 관할권</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>연혁</translation>
    </message>
    <message>
        <source>Clauses and suspensions</source>
        <translation>조항과 효력 정지</translation>
    </message>
</context>
<context>
    <name>measure_time_tab</name>
    <message>
        <source>Add clause…</source>
        <translation>조항 추가…</translation>
    </message>
    <message>
        <source>Edit clause…</source>
        <translation>조항 편집…</translation>
    </message>
    <message>
        <source>Add suspension window…</source>
        <translation>효력 정지 기간 추가…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>연장…</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>해제…</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Suspension windows (on this measure or made by it)</source>
        <translation>효력 정지 기간(이 조치에 대한 것 또는 이 조치에 의한 것)</translation>
    </message>
    <message>
        <source>Today ({day}): {label}</source>
        <translation>오늘({day}): {label}</translation>
    </message>
    <message>
        <source> since {since}</source>
        <translation> {since}부터</translation>
    </message>
    <message>
        <source> until {until}</source>
        <translation> {until}까지</translation>
    </message>
    <message>
        <source>effective {day}</source>
        <translation>{day} 시행</translation>
    </message>
    <message>
        <source>expires after {day}</source>
        <translation>{day} 이후 만료</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <source> (clause {clause})</source>
        <translation> (조항 {clause})</translation>
    </message>
    <message>
        <source> by {suspension_reference}</source>
        <translation> {suspension_reference}에 의해</translation>
    </message>
    <message>
        <source>suspends {measure_reference}</source>
        <translation>{measure_reference}의 효력을 정지</translation>
    </message>
    <message>
        <source> clause {clause}</source>
        <translation> 조항 {clause}</translation>
    </message>
    <message>
        <source>{what}: {starts_on} through {end}{changes}</source>
        <translation>{what}: {starts_on}부터 {end}까지{changes}</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>효력 정지 기간</translation>
    </message>
    <message>
        <source>Select a window first.</source>
        <translation>먼저 기간을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>row {n}</source>
        <translation>{n}행</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>{n}번째 항목</translation>
    </message>
    <message>
        <source>nothing half-done was kept</source>
        <translation>중간까지 된 내용은 남기지 않았습니다</translation>
    </message>
    <message>
        <source>Something went wrong: {name__}: {exc}
Nothing was saved. The details below help support.</source>
        <translation>문제가 발생했습니다: {name__}: {exc}
아무것도 저장되지 않았습니다. 아래 세부 정보는 지원에 도움이 됩니다.</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Record forms are not available in this build ({exc}).</source>
        <translation>이 빌드에서는 레코드 양식을 사용할 수 없습니다({exc}).</translation>
    </message>
</context>
<context>
    <name>needs_data_panel</name>
    <message>
        <source>Joint venture</source>
        <translation>합작투자</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Measures waiting</source>
        <translation>판단 대기 조치</translation>
    </message>
    <message>
        <source>Which measures</source>
        <translation>해당 조치</translation>
    </message>
    <message>
        <source>An item of the venture (or one its activity text names).</source>
        <translation>합작투자의 품목(또는 사업 내용 설명에 언급된 품목).</translation>
    </message>
    <message>
        <source>Supplier countries of an input, destinations of an output: with them recorded, each measure listed either reaches the item or does not.</source>
        <translation>투입의 공급국, 산출의 목적국: 이것이 기록되면 나열된 각 조치가 품목에 미치는지 여부가 정해집니다.</translation>
    </message>
    <message>
        <source>How many measures cannot be decided until this is recorded.</source>
        <translation>이 항목이 기록될 때까지 판단할 수 없는 조치의 수.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>읽은 출처</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>The activity text, the notes, a foreign partner (for technology nobody names a licensor for), or the venture&apos;s own mine (for ore).</source>
        <translation>사업 내용 설명, 메모, 해외 파트너(라이선서가 명시되지 않은 기술의 경우) 또는 합작투자 자체 광산(광석의 경우).</translation>
    </message>
    <message>
        <source>Record countries…</source>
        <translation>국가 기록…</translation>
    </message>
    <message>
        <source>Record the missing countries of the selected item (audited); the measures waiting on it are then decided.</source>
        <translation>선택한 품목의 누락된 국가를 기록합니다(감사 대상). 그러면 이를 기다리는 조치가 판단됩니다.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Record this flow on the venture (audited); screening then trusts it fully.</source>
        <translation>이 흐름을 합작투자에 기록합니다(감사 대상). 이후 스크리닝은 이를 전적으로 신뢰합니다.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Not true: screening stops using it and it is not proposed again (audited).</source>
        <translation>사실이 아님: 스크리닝에서 더 이상 사용하지 않으며 다시 제안하지 않습니다(감사 대상).</translation>
    </message>
    <message>
        <source>Flows read from the activity text (used with medium confidence until confirmed)</source>
        <translation>사업 내용에서 읽은 흐름(확인될 때까지 보통 신뢰도로 사용)</translation>
    </message>
    <message>
        <source> (not recorded)</source>
        <translation> (기록되지 않음)</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(지정 없음)</translation>
    </message>
    <message>
        <source>Record countries</source>
        <translation>국가 기록</translation>
    </message>
    <message>
        <source>{missing} of &apos;{item_name}&apos; at {venture_name} (ISO codes such as CN, KR; separate them with commas):</source>
        <translation>{venture_name}의 &apos;{item_name}&apos;의 {missing}(CN, KR 같은 ISO 코드, 쉼표로 구분):</translation>
    </message>
    <message>
        <source>Could not record the countries</source>
        <translation>국가를 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not record the decision</source>
        <translation>결정을 기록할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ownership_panel</name>
    <message>
        <source>Party</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>지분</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>등재</translation>
    </message>
    <message>
        <source>Held by listed parties</source>
        <translation>등재 당사자 보유분</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>계산</translation>
    </message>
    <message>
        <source>On</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Computing ownership…</source>
        <translation>지분 관계를 계산하는 중…</translation>
    </message>
    <message>
        <source>Could not compute ownership: {exc}</source>
        <translation>지분 관계를 계산할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>아직 공포되지 않음</translation>
    </message>
    <message>
        <source>{measure_reference} ({status}), threshold {threshold}</source>
        <translation>{measure_reference}({status}), 기준치 {threshold}</translation>
    </message>
    <message>
        <source> (shown above)</source>
        <translation> (위에 표시됨)</translation>
    </message>
    <message>
        <source>No rule with an ownership threshold (record a party listing or a threshold).</source>
        <translation>지분 기준치가 있는 규칙이 없습니다(당사자 명단 등재 또는 기준치를 기록하십시오).</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Simplified Chinese (简体中文)</source>
        <translation>중국어 간체(简体中文)</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <source>rare</source>
        <translation>드묾</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>가능성 낮음</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>가능성 있음</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>가능성 높음</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>거의 확실</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>경미</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>상당</translation>
    </message>
    <message>
        <source>major</source>
        <translation>중대</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>심각</translation>
    </message>
    <message>
        <source>Type to search: {noun}…</source>
        <translation>입력하여 검색: {noun}…</translation>
    </message>
    <message>
        <source>Choose: {noun}</source>
        <translation>선택: {noun}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>점수 없음</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>발생 가능성</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>점수 없음</translation>
    </message>
    <message>
        <source>Choose a likelihood and an impact</source>
        <translation>발생 가능성과 영향을 선택하십시오</translation>
    </message>
    <message>
        <source>Level from the risk matrix: {label}</source>
        <translation>위험 매트릭스에 따른 등급: {label}</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Default report folder</source>
        <translation>기본 보고서 폴더</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>시스템 따르기({language})</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>empty: the folder of the last report</source>
        <translation>비워 두면: 마지막 보고서의 폴더</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>A new language applies when the application starts again.</source>
        <translation>새 언어는 애플리케이션을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Review cadence by risk level (this register)</source>
        <translation>위험 등급별 검토 주기(이 등록부)</translation>
    </message>
    <message>
        <source>The register&apos;s risk matrix could not be read.</source>
        <translation>등록부의 위험 매트릭스를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <source>Next reviews are set from these when an assessment is saved. Level names, colours and the grid are set in the risk matrix editor.</source>
        <translation>평가를 저장할 때 이 값으로 다음 검토일이 정해집니다. 등급 이름, 색상, 격자는 위험 매트릭스 편집기에서 설정합니다.</translation>
    </message>
    <message>
        <source>Edit risk matrix…</source>
        <translation>위험 매트릭스 편집…</translation>
    </message>
    <message>
        <source>Saving the review cadence</source>
        <translation>검토 주기를 저장하는 중</translation>
    </message>
    <message>
        <source>The review cadence was not saved</source>
        <translation>검토 주기가 저장되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>record_views</name>
    <message>
        <source>Show archived</source>
        <translation>보관된 항목 표시</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>검토 기한 초과</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>위험 등급</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>관할권</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Search reference, title, authority, summary</source>
        <translation>참조 번호, 제목, 소관 기관, 요약 검색</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Search name, partners, location, activity, owner</source>
        <translation>이름, 파트너, 소재지, 사업 내용, 담당자 검색</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>조치 유형</translation>
    </message>
    <message>
        <source>Search measure, joint venture, owner, rationale</source>
        <translation>조치, 합작투자, 담당자, 근거 검색</translation>
    </message>
    <message>
        <source>Residual likelihood {likelihood} x impact {impact}</source>
        <translation>잔여 발생 가능성 {likelihood} x 영향 {impact}</translation>
    </message>
</context>
<context>
    <name>report_dialog</name>
    <message>
        <source>PDF risk briefing</source>
        <translation>PDF 위험 브리핑</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel risk workbook</source>
        <translation>Excel 위험 통합 문서</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>unknown report kind {kind!r}; use pdf or xlsx</source>
        <translation>알 수 없는 보고서 종류 {kind!r}. pdf 또는 xlsx를 사용하십시오</translation>
    </message>
    <message>
        <source>Create the {title}</source>
        <translation>{title} 만들기</translation>
    </message>
    <message>
        <source>List changes since</source>
        <translation>이후 변경 사항 나열</translation>
    </message>
    <message>
        <source>Reading the joint ventures…</source>
        <translation>합작투자를 읽는 중…</translation>
    </message>
    <message>
        <source>Could not list the joint ventures: {reason}</source>
        <translation>합작투자 목록을 가져올 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Add the full appendix (every venture and measure, the raw audit list)</source>
        <translation>전체 부록 추가 (모든 합작법인과 조치, 감사 기록 원문 목록)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Open the file when it is ready</source>
        <translation>준비되면 파일 열기</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>Venture dossier
(none ticked = board pack)</source>
        <translation>합작법인 자료집
(선택 없음 = 이사회 보고서)</translation>
    </message>
    <message>
        <source>Joint ventures
(none ticked = all)</source>
        <translation>합작투자
(선택 없음 = 전체)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Dossier of {n} joint venture(s): their measures with sources, assessments, actions, screening and audit trail, with the full appendix.</source>
        <translation>합작법인 {n}곳의 자료집: 출처가 있는 조치, 평가, 조치 사항, 스크리닝 및 감사 기록, 전체 부록 포함.</translation>
    </message>
    <message>
        <source>Dossier of {n} joint venture(s): their measures with sources, assessments, actions, screening and audit trail.</source>
        <translation>합작법인 {n}곳의 자료집: 출처가 있는 조치, 평가, 조치 사항, 스크리닝 및 감사 기록.</translation>
    </message>
    <message>
        <source>Board pack: key messages and decisions, changes since the last briefing, heat maps, top risks and calendar, with the full appendix.</source>
        <translation>이사회 보고서: 핵심 메시지와 결정 사항, 지난 보고 이후 변경 사항, 히트맵, 주요 위험 및 일정, 전체 부록 포함.</translation>
    </message>
    <message>
        <source>Board pack: key messages and decisions, changes since the last briefing, heat maps, top risks and calendar, at most 12 pages.</source>
        <translation>이사회 보고서: 핵심 메시지와 결정 사항, 지난 보고 이후 변경 사항, 히트맵, 주요 위험 및 일정, 최대 12쪽.</translation>
    </message>
    <message>
        <source>No program here opens {suffix} files. The report is saved as {result_path}; use Show in folder to find it.</source>
        <translation>이 환경에는 {suffix} 파일을 여는 프로그램이 없습니다. 보고서는 {result_path}에 저장되었습니다. &apos;폴더에서 보기&apos;로 찾으십시오.</translation>
    </message>
    <message>
        <source>No file manager is available. The report is in {parent}</source>
        <translation>파일 관리자를 사용할 수 없습니다. 보고서 위치: {parent}</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>보고서 저장 위치</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>보고서를 저장할 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>만들어지지 않음: {reason}</translation>
    </message>
    <message>
        <source>The report was not created</source>
        <translation>보고서가 만들어지지 않았습니다</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>{name} 만드는 중…</translation>
    </message>
    <message>
        <source>Creating {name}</source>
        <translation>{name} 만드는 중</translation>
    </message>
    <message>
        <source>Saved: {result_path}</source>
        <translation>저장됨: {result_path}</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>취소되었습니다. 파일이 기록되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>rows_editor</name>
    <message>
        <source>(not recorded)</source>
        <translation>(기록되지 않음)</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>{noun} 추가</translation>
    </message>
    <message>
        <source>Remove {noun}</source>
        <translation>{noun} 제거</translation>
    </message>
</context>
<context>
    <name>table_view</name>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source> match the filters</source>
        <translation> 필터와 일치</translation>
    </message>
    <message>
        <source>Could not read the {noun}</source>
        <translation>{noun}을(를) 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>time_dialogs</name>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10; ECCN:3A090)</source>
        <translation>코드(예: HS:2504.10; ECCN:3A090)</translation>
    </message>
    <message>
        <source>{label} is required (YYYY-MM-DD)</source>
        <translation>{label}은(는) 필수입니다(YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{label}: {text!r} is not a date; write YYYY-MM-DD</source>
        <translation>{label}: {text!r}은(는) 날짜가 아닙니다. YYYY-MM-DD로 입력하십시오</translation>
    </message>
    <message>
        <source>Clause {label}</source>
        <translation>조항 {label}</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>새 조항</translation>
    </message>
    <message>
        <source>(follows its dates)</source>
        <translation>(해당 날짜를 따름)</translation>
    </message>
    <message>
        <source>e.g. &gt;=0.1% by value of China-origin content</source>
        <translation>예: 가액 기준 중국산 함량 &gt;=0.1%</translation>
    </message>
    <message>
        <source>Label *</source>
        <translation>레이블 *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>만료일</translation>
    </message>
    <message>
        <source>Own status</source>
        <translation>자체 상태</translation>
    </message>
    <message>
        <source>Value threshold</source>
        <translation>가액 기준치</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>New suspension window</source>
        <translation>새 효력 정지 기간</translation>
    </message>
    <message>
        <source>the whole measure</source>
        <translation>조치 전체</translation>
    </message>
    <message>
        <source>clause {label}</source>
        <translation>조항 {label}</translation>
    </message>
    <message>
        <source>reference of the suspending measure</source>
        <translation>효력 정지를 정한 조치의 참조 번호</translation>
    </message>
    <message>
        <source>Suspends</source>
        <translation>정지 대상</translation>
    </message>
    <message>
        <source>Suspended by</source>
        <translation>효력 정지 주체</translation>
    </message>
    <message>
        <source>First day suspended *</source>
        <translation>효력 정지 첫날 *</translation>
    </message>
    <message>
        <source>Last day suspended (empty: open-ended)</source>
        <translation>효력 정지 마지막 날(비워 두면: 기한 없음)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>First day suspended</source>
        <translation>효력 정지 첫날</translation>
    </message>
    <message>
        <source>Last day suspended</source>
        <translation>효력 정지 마지막 날</translation>
    </message>
    <message>
        <source>Lift the suspension</source>
        <translation>효력 정지 해제</translation>
    </message>
    <message>
        <source>Extend the suspension</source>
        <translation>효력 정지 연장</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>Applies again from *</source>
        <translation>다시 적용되는 날 *</translation>
    </message>
    <message>
        <source>Decided on *</source>
        <translation>결정일 *</translation>
    </message>
    <message>
        <source>New last day suspended</source>
        <translation>새 효력 정지 마지막 날</translation>
    </message>
    <message>
        <source>Note (e.g. the instrument)</source>
        <translation>메모(예: 근거 문서)</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>날짜</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>This {label} was changed since (by someone else or another window); undoing would overwrite that change, so nothing was changed.</source>
        <translation>이 {label}은(는) 그 후 변경되었습니다(다른 사람 또는 다른 창에서). 실행 취소하면 그 변경을 덮어쓰게 되므로 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
</context>
<context>
    <name>undo_config</name>
    <message>
        <source>This {what} was changed since (by someone else or another window); undoing would overwrite that change, so nothing was changed.</source>
        <translation>이 {what}은(는) 그 후 변경되었습니다(다른 사람 또는 다른 창에서). 실행 취소하면 그 변경을 덮어쓰게 되므로 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Add synonym {term}</source>
        <translation>동의어 {term} 추가</translation>
    </message>
    <message>
        <source>Remove synonym {term}</source>
        <translation>동의어 {term} 제거</translation>
    </message>
    <message>
        <source>Edit synonym {term}</source>
        <translation>동의어 {term} 편집</translation>
    </message>
    <message>
        <source>Edit the risk matrix</source>
        <translation>위험 매트릭스 편집</translation>
    </message>
    <message>
        <source>Link {sentence}</source>
        <translation>연결: {sentence}</translation>
    </message>
    <message>
        <source>Remove link {sentence}</source>
        <translation>연결 제거: {sentence}</translation>
    </message>
</context>
<context>
    <name>undo_screening</name>
    <message>
        <source>Dismiss {measure_reference} x {venture_name}: {item_name}</source>
        <translation>{measure_reference} x {venture_name} 제외: {item_name}</translation>
    </message>
    <message>
        <source>Put the exposure back</source>
        <translation>노출 되돌리기</translation>
    </message>
    <message>
        <source>Dismiss the exposure again</source>
        <translation>노출 다시 제외</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>is required</source>
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>오류 있음</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
</context>
<context>
    <name>venture_form</name>
    <message>
        <source>Partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>지분 %</translation>
    </message>
    <message>
        <source>Key input or output</source>
        <translation>주요 투입 또는 산출</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10)</source>
        <translation>코드(예: HS:2504.10)</translation>
    </message>
    <message>
        <source>Countries (from / to)</source>
        <translation>국가(출발 / 도착)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>e.g. 125000000.00</source>
        <translation>예: 125000000.00</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. USD</source>
        <translation>ISO 4217(예: USD)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>이름 *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>국가 *</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>소재지</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>사업 내용</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>관련 금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Internal owner</source>
        <translation>내부 담당자</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Key inputs</source>
        <translation>주요 투입</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Partners and ownership</source>
        <translation>파트너와 지분</translation>
    </message>
    <message>
        <source>Key inputs and codes</source>
        <translation>주요 투입과 코드</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>지분</translation>
    </message>
    <message>
        <source>Ownership total: - (a share is not a number)</source>
        <translation>지분 합계: -(숫자가 아닌 지분이 있음)</translation>
    </message>
    <message>
        <source>Known shares: {total}% ({OWNERSHIP_INCOMPLETE}: {unknown} not disclosed)</source>
        <translation>알려진 지분: {total}%({OWNERSHIP_INCOMPLETE}: {unknown}건 비공개)</translation>
    </message>
    <message>
        <source>{rest}% unallocated</source>
        <translation>{rest}% 미배분</translation>
    </message>
    <message>
        <source>{excess}% too much</source>
        <translation>{excess}% 초과</translation>
    </message>
    <message>
        <source>Ownership total: {total}% ({note})</source>
        <translation>지분 합계: {total}%({note})</translation>
    </message>
</context>
<context>
    <name>window_status</name>
    <message>
        <source> (read-only)</source>
        <translation> (읽기 전용)</translation>
    </message>
    <message>
        <source>Database: {display_name}</source>
        <translation>데이터베이스: {display_name}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can browse, search and export, but not change records.</source>
        <translation>읽기 전용: {reason}. 찾아보기, 검색, 내보내기는 할 수 있지만 레코드를 변경할 수는 없습니다.</translation>
    </message>
    <message>
        <source>the database file or its folder cannot be written</source>
        <translation>데이터베이스 파일 또는 그 폴더에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Counts unavailable: {exc}</source>
        <translation>건수를 확인할 수 없음: {exc}</translation>
    </message>
    <message>
        <source>{live} · {overdue_reviews:,} reviews overdue</source>
        <translation>{live} · 기한 초과 검토 {overdue_reviews:,}건</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>등록부가 손상되었습니다</translation>
    </message>
    <message>
        <source>{display_name} failed SQLite&apos;s integrity check ({problem}).

It is now open read-only, so nothing more is written to it. Export what you need, then restore it from a backup with `export-risk restore BACKUP_FILE` (the damaged file is kept as evidence).</source>
        <translation>{display_name}이(가) SQLite 무결성 검사를 통과하지 못했습니다({problem}).

이제 읽기 전용으로 열려 있어 더 이상 기록되지 않습니다. 필요한 것을 내보낸 후 `export-risk restore BACKUP_FILE`로 백업에서 복원하십시오(손상된 파일은 증거로 보존됩니다).</translation>
    </message>
</context>
<context>
    <name>window_views</name>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation>노출</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
</TS>
