/* The name tagger's model (models/name_tagger.model, written by sitrep-train-ner --out),
   built into the binary so that sitrep needs no data file of its own at run time.
   SITREP_NAME_TAGGER_MODEL is the file's path, as a string (src/extract/CMakeLists.txt). */
  .section .rodata
  .global sitrep_name_tagger_model_begin
  .global sitrep_name_tagger_model_end
  .balign 16
sitrep_name_tagger_model_begin:
  .incbin SITREP_NAME_TAGGER_MODEL
sitrep_name_tagger_model_end:
  .section .note.GNU-stack,"",@progbits
