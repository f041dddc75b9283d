-- The three process templates Percorsi ships with. Their code marks them as shipped;
-- administrators may still edit or delete them.
insert into process_template (code, name, description) values
('three-phase-method', 'Metodo in tre fasi: analisi, lavoro con i portatori di interesse, condivisione pubblica',
 'Il percorso parte da uno studio del contesto con cui la Giunta sceglie assi di intervento e temi; prosegue con workshop tematici riservati a portatori di interesse, esperti e attori locali, che producono un documento per tema; si chiude con la condivisione pubblica dei documenti e un documento conclusivo con le azioni prioritarie. Il metodo è pensato per essere riusato su altri temi.'),
('er-lr15-2018', 'Percorso partecipativo LR 15/2018 (Emilia-Romagna): condivisione, apertura, restituzione',
 'Struttura dei percorsi finanziati dal bando regionale sulla partecipazione: una fase di condivisione in cui si costituisce il Tavolo di Negoziazione, una fase di apertura con attività rivolte a pubblici diversi, una fase di restituzione che porta al Documento di proposta partecipata. Il bando chiede che il percorso riguardi decisioni non ancora prese e che duri al massimo dieci mesi.'),
('neighbourhood-labs', 'Laboratori di quartiere',
 'Laboratori stabili di ascolto e proposta nei quartieri: un''assemblea del Tavolo di Negoziazione individua attori e referenti di ogni quartiere, workshop aperti a tutti fanno emergere esigenze prioritarie e idee progettuali, un workshop finale cittadino mette a confronto i risultati e si definisce un modello comune per la rete dei laboratori.');

insert into template_phase (process_template, position, type, title, description, expected_outputs, tools, duration_days)
select t.id, p.position, p.type, p.title, p.description, p.expected_outputs, p.tools, p.duration_days
from process_template t
join (values
  ('three-phase-method', 0, 'CONTEXT_ANALYSIS', 'Analisi del contesto',
   'Studio dei fenomeni e aggiornamento dei dati con un partner di ricerca; la Giunta discute il rapporto e sceglie assi e temi.',
   E'Rapporto conclusivo dell''analisi di contesto\nAssi di intervento e temi di discussione', E'Analisi dei dati\nDiscussione in Giunta', 60),
  ('three-phase-method', 1, 'CUSTOM', 'Lavoro con attori territoriali, esperti e portatori di interesse',
   'Per ogni tema si individuano i partecipanti e si tiene un workshop; si definiscono priorità, azioni e interventi.',
   'Un documento per tema con analisi specifica e prime azioni cantierabili', E'Workshop tematici\nSito ad accesso riservato', 60),
  ('three-phase-method', 2, 'SHARING', 'Condivisione pubblica',
   'I documenti dei temi sono resi pubblici e discussi con il maggior numero possibile di interlocutori.',
   'Documento conclusivo con le azioni e gli interventi prioritari', E'Incontro pubblico\nSito ad accesso pubblico', 45),
  ('er-lr15-2018', 0, 'SHARING', 'Condivisione',
   'Si presenta il percorso, si costituisce il Tavolo di Negoziazione e se ne condividono obiettivi e regole.',
   E'Tavolo di Negoziazione costituito\nPiano di comunicazione', E'Incontro del Tavolo di Negoziazione\nPiano di comunicazione', 45),
  ('er-lr15-2018', 1, 'OPENING', 'Apertura',
   'Attività rivolte ai diversi pubblici: interviste, metaplan, focus group, world café, town meeting.',
   'Esiti delle attività per tema e per pubblico', E'Interviste\nMetaplan\nFocus group\nWorld café\nTown meeting', 180),
  ('er-lr15-2018', 2, 'FEEDBACK', 'Restituzione',
   'Si presentano gli esiti alla comunità e si consegna il Documento di proposta partecipata all''ente.',
   E'Documento di proposta partecipata\nRelazione finale', 'Evento di presentazione degli esiti', 75),
  ('neighbourhood-labs', 0, 'SHARING', 'Avvio con il Tavolo di Negoziazione',
   'Assemblea pubblica del Tavolo per condividere modalità, spazi e tempi e individuare attori e referenti in ogni quartiere.',
   'Referenti e attori per ogni quartiere', 'Assemblea pubblica del Tavolo di Negoziazione', 45),
  ('neighbourhood-labs', 1, 'OPENING', 'Laboratori nei quartieri',
   'Workshop aperti a tutti in ogni quartiere per individuare le esigenze prioritarie e tradurle in idee progettuali; un workshop finale cittadino confronta i risultati.',
   E'Esigenze prioritarie per quartiere\nIdee progettuali', E'Workshop di quartiere\nWorkshop finale cittadino', 90),
  ('neighbourhood-labs', 2, 'FEEDBACK', 'Modello condiviso e restituzione',
   'Dai contributi dei laboratori nasce il modello per la rete dei laboratori, presentato in un''assemblea aperta.',
   'Modello di funzionamento dei Laboratori di quartiere', 'Assemblea aperta alla città', 120)
) as p(code, position, type, title, description, expected_outputs, tools, duration_days) on p.code = t.code;
